using SectorMap.Core.Model;

namespace SectorMap.Core.Storage;

/// <summary>A node with its relationships, both directions, and the nodes at their other ends.</summary>
public sealed record NodeDetail(
    GraphNode Node,
    IReadOnlyList<GraphRelationship> Outgoing,
    IReadOnlyList<GraphRelationship> Incoming,
    IReadOnlyDictionary<string, GraphNode> Neighbours);
