using SectorMap.Core.Model;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Storage;

/// <summary>
/// Where the graph lives: the embedded SQLite file or a Neo4j server. Everything above this
/// interface works the same on either; one contract test suite holds every store to it.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Writes a validated batch all-or-nothing, upserting by id (and by key for relationships):
    /// properties in the batch are set, others are kept, so importing the same file twice changes nothing.</summary>
    Task<ApplySummary> ApplyAsync(ValidatedBatch batch, CancellationToken cancellationToken = default);

    /// <summary>The labels of those of <paramref name="ids"/> that are stored, so a file may refer to stored nodes.</summary>
    Task<IReadOnlyDictionary<string, string>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>One node with every relationship that starts or ends at it, or null.</summary>
    Task<NodeDetail?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Nodes by label and by a case-insensitive part of their name, ordered by name then id.</summary>
    Task<IReadOnlyList<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes a node and every relationship that touches it; false when there was no such node.</summary>
    Task<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The whole graph, or with <paramref name="asOf"/> every node and the relationships active that day.</summary>
    Task<GraphSnapshot> GetSnapshotAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>How many nodes of each label, and how many relationships of each type, are stored.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}
