using Microsoft.Data.Sqlite;
using SectorMap.Core.Model;
using SectorMap.Core.Storage;
using SectorMap.Core.Validation;

namespace SectorMap.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so the web app can read while an import writes.
/// A connection per operation (pooled), because a connection is not thread-safe and the web app
/// serves many circuits at once.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;

    private SqliteGraphStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) the store file and brings its schema up to date.</summary>
    /// <exception cref="StoreUnavailableException">The file cannot be created or opened as a SectorMap store.</exception>
    public static SqliteGraphStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteGraphStore(full, connectionString);
        try
        {
            var folder = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var connection = store.Connect();
            Execute(connection, "PRAGMA journal_mode = WAL");
            SqliteMigrations.Apply(connection, full);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot open the SQLite store at {full}: {ex.Message}", ex);
        }

        return store;
    }

    public Task<ApplySummary> ApplyAsync(ValidatedBatch batch, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var empty = Scalar<long>(connection, "SELECT EXISTS (SELECT 1 FROM nodes) OR EXISTS (SELECT 1 FROM relationships)") == 0;
        if (empty)
        {
            Execute(connection, SqliteMigrations.DropSecondaryIndexes);
        }

        var writer = new SqliteBatchWriter(connection, transaction, empty);
        var (nodesCreated, nodesUpdated) = writer.WriteNodes(batch.Nodes, cancellationToken);
        var (relsCreated, relsUpdated) = writer.WriteRelationships(batch.Relationships, cancellationToken);
        if (empty)
        {
            // Building an index sorts every row; with 256 MB of cache a national graph sorts in one pass.
            Execute(connection, "PRAGMA cache_size = -262144");
            Execute(connection, SqliteMigrations.CreateSecondaryIndexes);
            Execute(connection, "PRAGMA cache_size = -65536");
        }

        transaction.Commit();
        return Task.FromResult(new ApplySummary(
            nodesCreated, nodesUpdated, batch.Nodes.Count - nodesCreated - nodesUpdated,
            relsCreated, relsUpdated, batch.Relationships.Count - relsCreated - relsUpdated));
    }

    public Task<IReadOnlyDictionary<string, string>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = Connect();
        if (Scalar<long>(connection, "SELECT EXISTS (SELECT 1 FROM nodes)") == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(labels);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT label FROM nodes WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var each in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            id.Value = each;
            if (command.ExecuteScalar() is string label)
            {
                labels[each] = label;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(labels);
    }

    public Task<NodeDetail?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        var node = QueryNodes(connection, $"SELECT {SqliteRows.NodeColumns} FROM nodes WHERE id = $id", ("$id", id)).FirstOrDefault();
        if (node is null)
        {
            return Task.FromResult<NodeDetail?>(null);
        }

        var outgoing = QueryRelationships(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM relationships WHERE from_id = $id ORDER BY type, to_id, since", ("$id", id));
        var incoming = QueryRelationships(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM relationships WHERE to_id = $id ORDER BY type, from_id, since", ("$id", id));
        var neighbours = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var other in outgoing.Select(r => r.To).Concat(incoming.Select(r => r.From)).Distinct())
        {
            var neighbour = QueryNodes(connection, $"SELECT {SqliteRows.NodeColumns} FROM nodes WHERE id = $id", ("$id", other)).FirstOrDefault();
            if (neighbour is not null)
            {
                neighbours[other] = neighbour;
            }
        }

        return Task.FromResult<NodeDetail?>(new NodeDetail(node, outgoing, incoming, neighbours));
    }

    public Task<IReadOnlyList<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        var pattern = query.NameContains is { Length: > 0 } text
            ? "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"
            : null;
        IReadOnlyList<GraphNode> nodes = QueryNodes(
            connection,
            $"""
            SELECT {SqliteRows.NodeColumns} FROM nodes
            WHERE ($label IS NULL OR label = $label) AND ($pattern IS NULL OR name LIKE $pattern ESCAPE '\')
            ORDER BY name COLLATE NOCASE, id LIMIT $take OFFSET $skip
            """,
            ("$label", query.Label),
            ("$pattern", pattern),
            ("$take", Math.Max(0, query.Take)),
            ("$skip", Math.Max(0, query.Skip)));
        return Task.FromResult(nodes);
    }

    public Task<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM relationships WHERE from_id = $id OR to_id = $id", ("$id", id));
        var deleted = Execute(connection, "DELETE FROM nodes WHERE id = $id", ("$id", id)) > 0;
        transaction.Commit();
        return Task.FromResult(deleted);
    }

    public Task<GraphSnapshot> GetSnapshotAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: true);
        var nodes = QueryNodes(connection, $"SELECT {SqliteRows.NodeColumns} FROM nodes ORDER BY id");
        var relationships = asOf is null
            ? QueryRelationships(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM relationships ORDER BY type, from_id, to_id, since")
            : QueryRelationships(
                connection,
                $"""
                SELECT {SqliteRows.RelationshipColumns} FROM relationships
                WHERE since <= $date AND (until IS NULL OR until >= $date)
                ORDER BY type, from_id, to_id, since
                """,
                ("$date", SqliteRows.FromDate(asOf)));
        return Task.FromResult(new GraphSnapshot(nodes, relationships, asOf));
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        return Task.FromResult(new StoreCounts(
            GroupCounts(connection, "SELECT label, COUNT(*) FROM nodes GROUP BY label"),
            GroupCounts(connection, "SELECT type, COUNT(*) FROM relationships GROUP BY type")));
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its WAL); release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // NORMAL is durable in WAL mode except for the last commits on power loss; a larger page
        // cache (64 MB) keeps a national import's B-trees in memory.
        Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536");
        return connection;
    }

    private static List<GraphNode> QueryNodes(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Query(connection, sql, SqliteRows.ReadNode, parameters);

    private static List<GraphRelationship> QueryRelationships(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Query(connection, sql, SqliteRows.ReadRelationship, parameters);

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static Dictionary<string, int> GroupCounts(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql, []);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql, []);
        return (T)command.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
