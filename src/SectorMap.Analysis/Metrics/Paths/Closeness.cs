using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// <c>nx.closeness_centrality(G, wf_improved=True)</c>: (r − 1) / (sum of distances to the r − 1
/// nodes reachable), scaled by (r − 1) / (n − 1) — Wasserman and Faust's correction, so that a node
/// in a small component does not look central.
/// </summary>
public static class Closeness
{
    public static double[] Compute(CsrGraph graph) => AllSources.Run(graph, betweenness: false, closeness: true).Closeness!;

    /// <summary>The closeness of a source whose search reached <paramref name="reached"/> nodes (itself included) at a total distance <paramref name="distanceSum"/>.</summary>
    internal static double Of(int reached, long distanceSum, int nodeCount)
    {
        var others = reached - 1.0;
        return distanceSum > 0 && nodeCount > 1 ? others / distanceSum * (others / (nodeCount - 1)) : 0.0;
    }
}
