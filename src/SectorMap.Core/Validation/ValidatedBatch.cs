using SectorMap.Core.Model;

namespace SectorMap.Core.Validation;

/// <summary>
/// A batch that passed validation as a whole: the only thing a store accepts, so nothing
/// unchecked is ever written. Sectors inferred from kind are already filled in.
/// </summary>
public sealed class ValidatedBatch
{
    private readonly IReadOnlyDictionary<string, string> _labels;

    internal ValidatedBatch(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, IReadOnlyDictionary<string, string> labels)
    {
        Nodes = nodes;
        Relationships = relationships;
        _labels = labels;
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>The label of any node the batch defines or its relationships refer to.</summary>
    public string LabelOf(string id) => _labels[id];
}
