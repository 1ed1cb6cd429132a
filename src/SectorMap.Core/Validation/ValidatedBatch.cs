using SectorMap.Core.Model;

namespace SectorMap.Core.Validation;

/// <summary>
/// A batch that passed validation as a whole: the only thing a store accepts, so nothing
/// unchecked is ever written. Sectors inferred from kind are already filled in.
/// </summary>
public sealed class ValidatedBatch
{
    internal ValidatedBatch(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphRelationship> Relationships { get; }
}
