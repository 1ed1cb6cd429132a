using SectorMap.Analysis.Graphs;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Analysis.Views;

/// <summary>
/// Builds a view from a snapshot (already filtered to a date by the store, if asked). Relationships
/// are taken as undirected, and parallel ones between the same two nodes become one edge whose
/// weight counts them — two terms on the same board weigh 2.
/// </summary>
public static class GraphViewBuilder
{
    private static readonly HashSet<string> RepresentationLabels =
        [NodeLabels.Delegate, NodeLabels.Organisation, NodeLabels.Partnership, NodeLabels.ThematicGroup];

    private static readonly HashSet<string> RepresentationTypes =
    [
        RelationshipTypes.SitsOn, RelationshipTypes.MemberOf, RelationshipTypes.Represents,
        RelationshipTypes.AffiliatedWith, RelationshipTypes.PartOf, RelationshipTypes.ReportsTo,
    ];

    private static readonly HashSet<string> Bodies = [NodeLabels.Partnership, NodeLabels.ThematicGroup];

    /// <summary>The view of a snapshot; <paramref name="weighting"/> says how the one-mode projections weigh their links.</summary>
    public static GraphView Build(GraphSnapshot snapshot, ViewKind kind, ProjectionWeights weighting = ProjectionWeights.Shared)
    {
        if (kind is ViewKind.Organisations or ViewKind.Bodies or ViewKind.Delegates)
        {
            return Projections.Build(Build(snapshot, ViewKind.Affiliation), kind, weighting);
        }

        if (kind == ViewKind.Funding)
        {
            return FundingView.Build(snapshot);
        }

        var labels = snapshot.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        var edges = snapshot.Relationships.Where(r => Keeps(kind, r, labels)).ToList();
        var nodes = kind switch
        {
            ViewKind.Full => snapshot.Nodes,
            ViewKind.Representation => snapshot.Nodes.Where(n => RepresentationLabels.Contains(n.Label)).ToList(),

            // Only those that hold or carry a seat: an organisation with no seat is not in the two-mode network.
            _ => Endpoints(snapshot, edges),
        };
        var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index[nodes[i].Id] = i;
        }

        // An edge belongs to the view only when both its ends do (a delegate's REPRESENTS of a
        // beneficiary group is not part of the representation view, whose nodes are people,
        // organisations and bodies).
        var graph = CsrGraph.FromEdges(nodes.Count, edges
            .Where(r => index.ContainsKey(r.From) && index.ContainsKey(r.To))
            .Select(r => (index[r.From], index[r.To])));
        return new GraphView(kind, nodes, graph);
    }

    private static bool Keeps(ViewKind kind, GraphRelationship relationship, Dictionary<string, string> labels) => kind switch
    {
        ViewKind.Full => true,
        ViewKind.Representation => RepresentationTypes.Contains(relationship.Type),

        // A seat: a delegate's SITS_ON, or an organisation's MEMBER_OF a body (membership of a TSI is not a seat).
        _ => relationship.Type == RelationshipTypes.SitsOn
             || (relationship.Type == RelationshipTypes.MemberOf && Bodies.Contains(labels[relationship.To])),
    };

    private static List<GraphNode> Endpoints(GraphSnapshot snapshot, List<GraphRelationship> edges)
    {
        var ends = edges.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
        return snapshot.Nodes.Where(n => ends.Contains(n.Id)).ToList();
    }
}
