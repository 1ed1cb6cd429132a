using SectorMap.Core.Model;

namespace SectorMap.Core.Validation;

/// <summary>
/// A graph that is already in memory (a store's snapshot, a generated graph) as a batch to
/// validate and import, each element located as <c>origin#/nodes/3</c>.
/// </summary>
public static class SnapshotSource
{
    public static GraphBatchBuilder ToBatch(GraphSnapshot snapshot, string origin)
    {
        var batch = new GraphBatchBuilder();
        var nodes = new Locator(origin, "nodes");
        var relationships = new Locator(origin, "relationships");
        for (var i = 0; i < snapshot.Nodes.Count; i++)
        {
            batch.AddNode(snapshot.Nodes[i], new SourceRef(nodes, i));
        }

        for (var i = 0; i < snapshot.Relationships.Count; i++)
        {
            batch.AddRelationship(snapshot.Relationships[i], new SourceRef(relationships, i));
        }

        return batch;
    }

    private sealed class Locator(string origin, string section) : ISourceLocator
    {
        public string Locate(int position, string? field) =>
            field is null ? $"{origin}#/{section}/{position}" : $"{origin}#/{section}/{position}/{field}";
    }
}
