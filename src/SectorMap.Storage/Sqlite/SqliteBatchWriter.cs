using Microsoft.Data.Sqlite;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;

namespace SectorMap.Storage.Sqlite;

/// <summary>
/// Upserts one batch inside the caller's transaction with prepared statements. Into an empty store
/// it only inserts (the validator has already made ids and keys unique); otherwise it reads each
/// row first, so that it can merge properties and tell created from updated from unchanged.
/// </summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, bool storeIsEmpty)
{
    public (int Created, int Updated) WriteNodes(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        using var insert = Prepare("INSERT INTO nodes (id, label, name, properties) VALUES ($id, $label, $name, $properties)");
        using var select = Prepare("SELECT name, properties FROM nodes WHERE id = $id");
        using var update = Prepare("UPDATE nodes SET name = $name, properties = $properties, version = version + 1 WHERE id = $id");
        int created = 0, updated = 0;
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var existing = storeIsEmpty ? null : ReadOne(select, r => (Name: r.GetString(0), Properties: PropertyBagJson.Deserialize(r.GetString(1))), ("$id", node.Id));
            if (existing is null)
            {
                Run(insert, ("$id", node.Id), ("$label", node.Label), ("$name", node.Name), ("$properties", PropertyBagJson.Serialize(node.Properties)));
                created++;
                continue;
            }

            var merged = existing.Value.Properties.With(node.Properties);
            if (existing.Value.Name != node.Name || !merged.Equals(existing.Value.Properties))
            {
                Run(update, ("$id", node.Id), ("$name", node.Name), ("$properties", PropertyBagJson.Serialize(merged)));
                updated++;
            }
        }

        return (created, updated);
    }

    public (int Created, int Updated) WriteRelationships(IReadOnlyList<GraphRelationship> relationships, CancellationToken cancellationToken)
    {
        using var insert = Prepare(
            "INSERT INTO relationships (type, from_id, to_id, since, until, properties) VALUES ($type, $from, $to, $since, $until, $properties)");
        using var select = Prepare(
            "SELECT until, properties FROM relationships WHERE type = $type AND from_id = $from AND to_id = $to AND since = $since");
        using var update = Prepare(
            "UPDATE relationships SET until = $until, properties = $properties, version = version + 1 WHERE type = $type AND from_id = $from AND to_id = $to AND since = $since");
        int created = 0, updated = 0;
        foreach (var rel in relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var since = SqliteRows.FromDate(rel.Since);
            (string, object?)[] key = [("$type", rel.Type), ("$from", rel.From), ("$to", rel.To), ("$since", since)];
            var existing = storeIsEmpty ? null : ReadOne(select, r => (Until: r.IsDBNull(0) ? null : r.GetString(0), Properties: PropertyBagJson.Deserialize(r.GetString(1))), key);
            if (existing is null)
            {
                Run(insert, [.. key, ("$until", rel.Until is null ? null : SqliteRows.FromDate(rel.Until)), ("$properties", PropertyBagJson.Serialize(rel.Properties))]);
                created++;
                continue;
            }

            // Like the properties, a date the file leaves out keeps its stored value.
            var until = rel.Until is null ? existing.Value.Until : SqliteRows.FromDate(rel.Until);
            var merged = existing.Value.Properties.With(rel.Properties);
            if (until != existing.Value.Until || !merged.Equals(existing.Value.Properties))
            {
                Run(update, [.. key, ("$until", until), ("$properties", PropertyBagJson.Serialize(merged))]);
                updated++;
            }
        }

        return (created, updated);
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static T? ReadOne<T>(SqliteCommand command, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] values)
        where T : struct
    {
        Bind(command, values);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }
}
