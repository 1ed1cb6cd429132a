using System.Text.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Storage;
using SectorMap.Core.Validation;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// Writes one validated batch inside one open transaction. It first reads what the store already
/// holds for the batch (skipped for an empty store), so it can merge properties, write only new or
/// changed rows, and count created, updated and unchanged exactly as the SQLite store does.
/// </summary>
internal sealed class Neo4jBatchWriter(Func<IReadOnlyList<Neo4jStatement>, Task<IReadOnlyList<Neo4jResult>>> run, int batchSize)
{
    private bool _empty;

    public async Task<ApplySummary> WriteAsync(ValidatedBatch batch)
    {
        _empty = (await run([new Neo4jStatement("MATCH (n) RETURN count(n)")]).ConfigureAwait(false))[0].Rows[0][0].GetInt64() == 0;
        int nodesCreated = 0, nodesUpdated = 0, relsCreated = 0, relsUpdated = 0;
        foreach (var label in GraphModel.Labels.Select(l => l.Name))
        {
            var nodes = batch.Nodes.Where(n => n.Label == label).ToList();
            if (nodes.Count > 0)
            {
                var (created, updated) = await WriteNodesAsync(label, nodes).ConfigureAwait(false);
                nodesCreated += created;
                nodesUpdated += updated;
            }
        }

        foreach (var group in batch.Relationships
            .GroupBy(r => (r.Type, From: batch.LabelOf(r.From), To: batch.LabelOf(r.To)))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal))
        {
            var (created, updated) = await WriteRelationshipsAsync(group.Key, group.ToList()).ConfigureAwait(false);
            relsCreated += created;
            relsUpdated += updated;
        }

        return new ApplySummary(
            nodesCreated, nodesUpdated, batch.Nodes.Count - nodesCreated - nodesUpdated,
            relsCreated, relsUpdated, batch.Relationships.Count - relsCreated - relsUpdated);
    }

    private async Task<(int Created, int Updated)> WriteNodesAsync(string label, List<GraphNode> nodes)
    {
        var existing = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        if (!_empty)
        {
            foreach (var chunk in nodes.Chunk(batchSize))
            {
                var found = await run([new Neo4jStatement(
                    Neo4jCypher.ExistingNodes(label),
                    w => WriteArray(w, "ids", chunk, (x, n) => x.WriteStringValue(n.Id)))]).ConfigureAwait(false);
                foreach (var row in found[0].Rows)
                {
                    var node = Neo4jRows.Node(label, row[0]);
                    existing[node.Id] = node;
                }
            }
        }

        var created = new List<GraphNode>();
        var updated = new List<GraphNode>();
        foreach (var node in nodes)
        {
            if (!existing.TryGetValue(node.Id, out var stored))
            {
                created.Add(node);
            }
            else if (stored.Name != node.Name || !stored.Properties.With(node.Properties).Equals(stored.Properties))
            {
                updated.Add(node);
            }
        }

        await WriteRowsAsync(Neo4jCypher.CreateNodes(label), created, Neo4jRows.WriteNodeRow).ConfigureAwait(false);

        // SET n += p sets what the batch gives and keeps what it leaves out, like the SQLite store.
        await WriteRowsAsync(Neo4jCypher.MergeNodes(label), updated, Neo4jRows.WriteNodeRow).ConfigureAwait(false);
        return (created.Count, updated.Count);
    }

    private async Task<(int Created, int Updated)> WriteRelationshipsAsync((string Type, string From, string To) shape, List<GraphRelationship> relationships)
    {
        var (type, from, to) = shape;
        var existing = new Dictionary<(string, string, string), GraphRelationship>();
        if (!_empty)
        {
            foreach (var chunk in relationships.Chunk(batchSize))
            {
                var found = await run([new Neo4jStatement(
                    Neo4jCypher.ExistingRelationships(type, from, to),
                    w => WriteArray(w, "keys", chunk, (x, r) =>
                    {
                        x.WriteStartObject();
                        x.WriteString("f", r.From);
                        x.WriteString("t", r.To);
                        x.WriteString("s", Neo4jRows.SinceValue(r.Since));
                        x.WriteEndObject();
                    }))]).ConfigureAwait(false);
                foreach (var row in found[0].Rows)
                {
                    var rel = Neo4jRows.Relationship(type, row[0].GetString()!, row[1].GetString()!, row[2]);
                    existing[(rel.From, rel.To, Neo4jRows.SinceValue(rel.Since))] = rel;
                }
            }
        }

        var created = new List<GraphRelationship>();
        var updated = new List<GraphRelationship>();
        foreach (var rel in relationships)
        {
            if (!existing.TryGetValue((rel.From, rel.To, Neo4jRows.SinceValue(rel.Since)), out var stored))
            {
                created.Add(rel);
            }
            else if ((rel.Until is not null && rel.Until != stored.Until) || !stored.Properties.With(rel.Properties).Equals(stored.Properties))
            {
                updated.Add(rel);
            }
        }

        await WriteRowsAsync(Neo4jCypher.CreateRelationships(type, from, to), created, Neo4jRows.WriteRelationshipRow).ConfigureAwait(false);
        await WriteRowsAsync(Neo4jCypher.MergeRelationships(type, from, to), updated, Neo4jRows.WriteRelationshipRow).ConfigureAwait(false);
        return (created.Count, updated.Count);
    }

    /// <summary>Rows in chunks of the batch size, one UNWIND statement a chunk.</summary>
    private async Task WriteRowsAsync<T>(string cypher, List<T> rows, Action<Utf8JsonWriter, T> writeRow)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            await run([new Neo4jStatement(cypher, Neo4jRows.Rows(chunk, writeRow))]).ConfigureAwait(false);
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
