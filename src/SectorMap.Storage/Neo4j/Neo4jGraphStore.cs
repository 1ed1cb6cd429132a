using System.Text.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Schema.Files;
using SectorMap.Core.Storage;
using SectorMap.Core.Validation;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The production store: Neo4j over its HTTP interfaces (there is no Bolt driver package to be had
/// here). A batch is written in one explicit transaction with one batched <c>UNWIND $rows … MERGE</c>
/// shape per label and relationship type, keyed by id. Labels and types are written into Cypher only
/// from the model's closed lists; every value is a parameter.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jClient _client;
    private readonly Neo4jSettings _settings;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _schemaReady;

    public Neo4jGraphStore(Neo4jSettings settings, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        _settings = settings;
        _client = new Neo4jClient(settings, time, handler);
    }

    /// <summary>The server as discovered on first use.</summary>
    public Neo4jEndpoint? Endpoint => _client.Endpoint;

    public async Task<ApplySummary> ApplyAsync(ValidatedBatch batch, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _client.WriteAsync(run => new Neo4jBatchWriter(run, _settings.BatchSize).WriteAsync(batch), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0 || await IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            return labels;
        }

        var statements = GraphModel.Labels.Select(l => new Neo4jStatement(
            $"MATCH (n:{l.Name}) WHERE n.id IN $ids RETURN n.id",
            w => WriteStrings(w, "ids", ids))).ToList();
        var results = await _client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Count; i++)
        {
            foreach (var row in results[i].Rows)
            {
                labels[row[0].GetString()!] = GraphModel.Labels[i].Name;
            }
        }

        return labels;
    }

    public async Task<NodeDetail?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        void Id(Utf8JsonWriter w) => w.WriteString("id", id);
        var statements = GraphModel.Labels.SelectMany(l => new[]
        {
            new Neo4jStatement($"MATCH (n:{l.Name} {{id: $id}}) RETURN properties(n)", Id),
            new Neo4jStatement($"MATCH (n:{l.Name} {{id: $id}})-[r]->(m) RETURN type(r), properties(r), labels(m), properties(m)", Id),
            new Neo4jStatement($"MATCH (n:{l.Name} {{id: $id}})<-[r]-(m) RETURN type(r), properties(r), labels(m), properties(m)", Id),
        }).ToList();
        var results = await _client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < GraphModel.Labels.Count; i++)
        {
            if (results[3 * i].Rows.Count == 0)
            {
                continue;
            }

            var node = Neo4jRows.Node(GraphModel.Labels[i].Name, results[3 * i].Rows[0][0]);
            var neighbours = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
            var outgoing = Relationships(results[(3 * i) + 1], node.Id, outgoing: true, neighbours);
            var incoming = Relationships(results[(3 * i) + 2], node.Id, outgoing: false, neighbours);
            outgoing.Sort((a, b) => CompareBy(a, b, r => r.To));
            incoming.Sort((a, b) => CompareBy(a, b, r => r.From));
            return new NodeDetail(node, outgoing, incoming, neighbours);
        }

        return null;
    }

    public async Task<IReadOnlyList<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Label is not null && GraphModel.FindLabel(query.Label) is null)
        {
            return [];
        }

        var pattern = query.Label is null ? "(n)" : $"(n:{query.Label})";
        var statement = new Neo4jStatement(
            $"MATCH {pattern} WHERE $q IS NULL OR toLower(n.name) CONTAINS toLower($q) " +
            "RETURN labels(n), properties(n) ORDER BY toLower(n.name), n.id SKIP $skip LIMIT $take",
            w =>
            {
                if (string.IsNullOrEmpty(query.NameContains))
                {
                    w.WriteNull("q");
                }
                else
                {
                    w.WriteString("q", query.NameContains);
                }

                w.WriteNumber("skip", Math.Max(0, query.Skip));
                w.WriteNumber("take", Math.Max(0, query.Take));
            });
        var result = (await _client.RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];
        return result.Rows.Select(row => Neo4jRows.Node(ModelLabel(row[0]), row[1])).ToList();
    }

    public async Task<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        var statements = GraphModel.Labels.Select(l => new Neo4jStatement(
            $"MATCH (n:{l.Name} {{id: $id}}) DETACH DELETE n RETURN count(*)",
            w => w.WriteString("id", id))).ToList();
        var results = await _client.WriteAsync(run => run(statements), cancellationToken).ConfigureAwait(false);
        return results.Any(r => r.Rows.Count > 0 && r.Rows[0][0].GetInt64() > 0);
    }

    public async Task<GraphSnapshot> GetSnapshotAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var results = await _client.RunAsync(
        [
            new Neo4jStatement("MATCH (n) RETURN labels(n), properties(n)"),
            new Neo4jStatement(
                "MATCH (a)-[r]->(b) WHERE $date IS NULL OR ((r.since IS NULL OR r.since <= $date) AND (r.until IS NULL OR r.until >= $date)) " +
                "RETURN type(r), a.id, b.id, properties(r)",
                w =>
                {
                    if (asOf is { } date)
                    {
                        w.WriteString("date", DateFormat.Format(date));
                    }
                    else
                    {
                        w.WriteNull("date");
                    }
                }),
        ], cancellationToken).ConfigureAwait(false);

        // Sorted here, with the same ordinal comparison as every other store, so that both give
        // byte-identical exports of the same graph.
        var nodes = results[0].Rows.Select(row => Neo4jRows.Node(ModelLabel(row[0]), row[1])).ToList();
        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var relationships = results[1].Rows
            .Select(row => Neo4jRows.Relationship(row[0].GetString()!, row[1].GetString()!, row[2].GetString()!, row[3]))
            .ToList();
        relationships.Sort(Neo4jRows.CompareRelationships);
        return new GraphSnapshot(nodes, relationships, asOf);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var results = await _client.RunAsync(
        [
            new Neo4jStatement("MATCH (n) RETURN labels(n), count(*)"),
            new Neo4jStatement("MATCH ()-[r]->() RETURN type(r), count(*)"),
        ], cancellationToken).ConfigureAwait(false);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in results[0].Rows)
        {
            var label = ModelLabel(row[0]);
            labels[label] = labels.GetValueOrDefault(label) + row[1].GetInt32();
        }

        return new StoreCounts(labels, results[1].Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32(), StringComparer.Ordinal));
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _schema.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Uniqueness constraints on id (and a name index) per label, once per store, in the server generation's form.</summary>
    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schema.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            // Discovery first, to know which statement form the server takes.
            await _client.RunAsync([new Neo4jStatement("RETURN 1")], cancellationToken).ConfigureAwait(false);
            foreach (var statement in CypherSchema.Statements(_client.Endpoint!.Generation))
            {
                // Schema changes cannot share a transaction with data, so each runs on its own.
                // Both forms are idempotent: 3.x accepts an existing constraint, 4.4+ says IF NOT EXISTS.
                await _client.RunAsync([new Neo4jStatement(statement)], cancellationToken).ConfigureAwait(false);
            }

            _schemaReady = true;
        }
        finally
        {
            _schema.Release();
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync([new Neo4jStatement("MATCH (n) RETURN count(n)")], cancellationToken).ConfigureAwait(false);
        return result[0].Rows[0][0].GetInt64() == 0;
    }

    private static List<GraphRelationship> Relationships(Neo4jResult result, string id, bool outgoing, Dictionary<string, GraphNode> neighbours)
    {
        var relationships = new List<GraphRelationship>();
        foreach (var row in result.Rows)
        {
            var other = Neo4jRows.Node(ModelLabel(row[2]), row[3]);
            neighbours[other.Id] = other;
            relationships.Add(Neo4jRows.Relationship(row[0].GetString()!, outgoing ? id : other.Id, outgoing ? other.Id : id, row[1]));
        }

        return relationships;
    }

    private static int CompareBy(GraphRelationship a, GraphRelationship b, Func<GraphRelationship, string> end)
    {
        var c = string.CompareOrdinal(a.Type, b.Type);
        c = c != 0 ? c : string.CompareOrdinal(end(a), end(b));
        return c != 0 ? c : Nullable.Compare(a.Since, b.Since);
    }

    /// <summary>The node's model label (a node written by another tool may carry others).</summary>
    private static string ModelLabel(JsonElement labels) =>
        labels.EnumerateArray().Select(l => l.GetString()!).FirstOrDefault(l => GraphModel.FindLabel(l) is not null)
        ?? labels.EnumerateArray().Select(l => l.GetString()!).FirstOrDefault() ?? string.Empty;

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
