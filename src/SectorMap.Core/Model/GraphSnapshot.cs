namespace SectorMap.Core.Model;

/// <summary>
/// A whole graph, or the graph as seen on <see cref="AsOf"/>: every node, and the relationships
/// active on that date. Nodes are sorted by id and relationships by key, so that every analysis
/// over a snapshot is deterministic.
/// </summary>
public sealed record GraphSnapshot(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    DateOnly? AsOf = null)
{
    public static GraphSnapshot Empty { get; } = new([], []);
}
