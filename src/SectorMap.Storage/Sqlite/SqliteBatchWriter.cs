using Microsoft.Data.Sqlite;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;

namespace SectorMap.Storage.Sqlite;

/// <summary>
/// Upserts one batch inside the caller's transaction with prepared statements. Into an empty store
/// it only inserts (the validator has already made ids and keys unique) and builds the secondary
/// indexes once at the end, which is several times faster than keeping them up to date row by row.
/// Otherwise it reads each row first, so that it can merge properties and tell created from
/// updated from unchanged.
/// </summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, bool storeIsEmpty)
{
    public (int Created, int Updated) WriteNodes(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "nodes", "id", "label", "name", "properties");
        using var select = Prepare("SELECT name, properties FROM nodes WHERE id = $id", "$id");
        using var update = Prepare("UPDATE nodes SET name = $name, properties = $properties, version = version + 1 WHERE id = $id", "$id", "$name", "$properties");
        int created = 0, updated = 0;
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var existing = storeIsEmpty ? null : ReadOne(select, r => (Name: r.GetString(0), Properties: PropertyBagJson.Deserialize(r.GetString(1))), node.Id);
            if (existing is null)
            {
                insert.Add(node.Id, node.Label, node.Name, PropertyBagJson.Serialize(node.Properties));
                created++;
                continue;
            }

            var merged = existing.Value.Properties.With(node.Properties);
            if (existing.Value.Name != node.Name || !merged.Equals(existing.Value.Properties))
            {
                Run(update, node.Id, node.Name, PropertyBagJson.Serialize(merged));
                updated++;
            }
        }

        return (created, updated);
    }

    public (int Created, int Updated) WriteRelationships(IReadOnlyList<GraphRelationship> relationships, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "relationships", "type", "from_id", "to_id", "since", "until", "properties");
        using var select = Prepare(
            "SELECT until, properties FROM relationships WHERE type = $type AND from_id = $from AND to_id = $to AND since = $since",
            "$type", "$from", "$to", "$since");
        using var update = Prepare(
            "UPDATE relationships SET until = $until, properties = $properties, version = version + 1 WHERE type = $type AND from_id = $from AND to_id = $to AND since = $since",
            "$type", "$from", "$to", "$since", "$until", "$properties");
        int created = 0, updated = 0;
        string? lastJson = null;
        PropertyBag? lastBag = null;
        foreach (var rel in relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var since = SqliteRows.FromDate(rel.Since);
            var existing = storeIsEmpty ? null : ReadOne(select, r => (Until: r.IsDBNull(0) ? null : r.GetString(0), Properties: PropertyBagJson.Deserialize(r.GetString(1))), rel.Type, rel.From, rel.To, since);
            if (existing is null)
            {
                // Runs of relationships often share one bag (no properties, or the same seat): serialise it once.
                if (!ReferenceEquals(rel.Properties, lastBag))
                {
                    lastBag = rel.Properties;
                    lastJson = PropertyBagJson.Serialize(rel.Properties);
                }

                insert.Add(rel.Type, rel.From, rel.To, since, rel.Until is null ? null : SqliteRows.FromDate(rel.Until), lastJson);
                created++;
                continue;
            }

            // Like the properties, a date the file leaves out keeps its stored value.
            var until = rel.Until is null ? existing.Value.Until : SqliteRows.FromDate(rel.Until);
            var merged = existing.Value.Properties.With(rel.Properties);
            if (until != existing.Value.Until || !merged.Equals(existing.Value.Properties))
            {
                Run(update, rel.Type, rel.From, rel.To, since, until, PropertyBagJson.Serialize(merged));
                updated++;
            }
        }

        return (created, updated);
    }

    /// <summary>A prepared statement whose parameters are bound by position, in the order given.</summary>
    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        return command;
    }

    private static void Bind(SqliteCommand command, ReadOnlySpan<string?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand command, params ReadOnlySpan<string?> values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static T? ReadOne<T>(SqliteCommand command, Func<SqliteDataReader, T> read, params ReadOnlySpan<string?> values)
        where T : struct
    {
        Bind(command, values);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }
}
