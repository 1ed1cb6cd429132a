using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>Degree, and <c>nx.degree_centrality</c>: degree over n − 1 (1 for a graph of one node).</summary>
public static class DegreeMetrics
{
    public static int[] Degree(CsrGraph graph) => Enumerable.Range(0, graph.NodeCount).Select(graph.Degree).ToArray();

    public static double[] Centrality(CsrGraph graph)
    {
        var n = graph.NodeCount;
        return Enumerable.Range(0, n).Select(v => n <= 1 ? 1.0 : graph.Degree(v) / (double)(n - 1)).ToArray();
    }
}
