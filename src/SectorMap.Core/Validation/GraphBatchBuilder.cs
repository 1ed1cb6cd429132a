using SectorMap.Core.Model;

namespace SectorMap.Core.Validation;

/// <summary>
/// Collects what the readers find in one or more files — nodes, relationships, where each came
/// from, and the problems met while reading — for one validation of the whole batch.
/// </summary>
public sealed class GraphBatchBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<SourceRef> _nodeSources = [];
    private readonly List<GraphRelationship> _relationships = [];
    private readonly List<SourceRef> _relationshipSources = [];
    private readonly List<ValidationIssue> _issues = [];

    public IReadOnlyList<GraphNode> Nodes => _nodes;

    public IReadOnlyList<SourceRef> NodeSources => _nodeSources;

    public IReadOnlyList<GraphRelationship> Relationships => _relationships;

    public IReadOnlyList<SourceRef> RelationshipSources => _relationshipSources;

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    public void AddNode(GraphNode node, SourceRef source)
    {
        _nodes.Add(node);
        _nodeSources.Add(source);
    }

    public void AddRelationship(GraphRelationship relationship, SourceRef source)
    {
        _relationships.Add(relationship);
        _relationshipSources.Add(source);
    }

    public void AddError(string location, string message) => _issues.Add(new ValidationIssue(location, message));

    public void AddIssue(ValidationIssue issue) => _issues.Add(issue);
}
