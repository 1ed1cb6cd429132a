using SectorMap.Core.Model;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.TestSupport;

/// <summary>A snapshot as a batch to validate, each element located by its index.</summary>
internal static class SnapshotBatch
{
    public static GraphBatchBuilder From(GraphSnapshot snapshot)
    {
        var batch = new GraphBatchBuilder();
        var nodes = new IndexLocator("nodes");
        var relationships = new IndexLocator("relationships");
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

    private sealed class IndexLocator(string section) : ISourceLocator
    {
        public string Locate(int position, string? field) => $"{section}/{position}/{field}";
    }
}
