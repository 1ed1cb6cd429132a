using SectorMap.Analysis.Graphs;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Analysis.Views;

/// <summary>
/// One-mode projections of the affiliation network, with the weights of NetworkX's
/// <c>bipartite.weighted_projected_graph</c>: two holders are linked when they hold seats on the
/// same body, weighted by how many bodies they share (two terms on one body count once); two bodies
/// are linked when they share holders, weighted by how many. Newman's collaboration weights are the
/// alternative (<see cref="ProjectionWeights"/>).
/// </summary>
public static class Projections
{
    public static GraphView Build(GraphView affiliation, ViewKind kind, ProjectionWeights weighting = ProjectionWeights.Shared)
    {
        var keep = kind switch
        {
            ViewKind.Organisations => (Func<GraphNode, bool>)(n => n.Label == NodeLabels.Organisation),
            ViewKind.Delegates => n => n.Label == NodeLabels.Delegate,
            ViewKind.Bodies => n => n.Label is NodeLabels.Partnership or NodeLabels.ThematicGroup,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a projection"),
        };

        var graph = affiliation.Graph;
        var kept = Enumerable.Range(0, graph.NodeCount).Where(v => keep(affiliation.Nodes[v])).ToList();
        var position = kept.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        var weights = new Dictionary<(int, int), double>();
        for (var middle = 0; middle < graph.NodeCount; middle++)
        {
            if (position.ContainsKey(middle))
            {
                continue;
            }

            // Every pair of kept nodes around one node of the other mode shares it once.
            var share = weighting == ProjectionWeights.Newman ? 1.0 / (graph.Degree(middle) - 1) : 1.0;
            var around = graph.Neighbours(middle).ToArray().Where(position.ContainsKey).Select(v => position[v]).ToArray();
            for (var i = 0; i < around.Length; i++)
            {
                for (var j = i + 1; j < around.Length; j++)
                {
                    var pair = around[i] < around[j] ? (around[i], around[j]) : (around[j], around[i]);
                    weights[pair] = weights.GetValueOrDefault(pair) + share;
                }
            }
        }

        var nodes = kept.Select(v => affiliation.Nodes[v]).ToList();
        return new GraphView(kind, nodes, CsrGraph.FromWeightedEdges(nodes.Count, weights.Select(w => (w.Key.Item1, w.Key.Item2, w.Value))));
    }
}
