using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// Exact betweenness centrality by Brandes' algorithm, normalised as
/// <c>nx.betweenness_centrality(G, normalized=True)</c>: on an undirected graph every pair is met
/// from both ends, and the sum is scaled by 1 / ((n − 1)(n − 2)).
/// </summary>
public static class Betweenness
{
    public static double[] Exact(CsrGraph graph) => Normalise(AllSources.Run(graph, betweenness: true, closeness: false).RawBetweenness!);

    /// <summary>Scales raw dependency sums (ordered pairs) as NetworkX does; in place.</summary>
    internal static double[] Normalise(double[] raw)
    {
        var n = raw.Length;
        if (n > 2)
        {
            var scale = 1.0 / ((n - 1.0) * (n - 2.0));
            for (var v = 0; v < n; v++)
            {
                raw[v] *= scale;
            }
        }

        return raw;
    }
}
