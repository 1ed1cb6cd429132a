using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// A breadth-first search from every node, in parallel, feeding exact betweenness and closeness at
/// once (both need exactly these searches, so a metrics run pays for them once). Sources are dealt
/// into a fixed number of chunks whose partial sums are added in chunk order, so the result is the
/// same to the last bit whatever the number of cores or the scheduling.
/// </summary>
internal static class AllSources
{
    private const int Chunks = 64;

    /// <summary>Raw betweenness (the sum of dependencies over all sources) and NetworkX's closeness, each only when asked.</summary>
    public static (double[]? RawBetweenness, double[]? Closeness) Run(CsrGraph graph, bool betweenness, bool closeness)
    {
        var n = graph.NodeCount;
        var partials = new double[Chunks][];
        double[]? closenessValues = closeness ? new double[n] : null;
        Parallel.For(0, Chunks, chunk =>
        {
            var sum = betweenness ? new double[n] : null;
            var pass = new SourcePass(n);
            for (var source = chunk; source < n; source += Chunks)
            {
                pass.Run(graph, source, sum);
                if (closenessValues is not null)
                {
                    closenessValues[source] = Closeness.Of(pass.Reached, pass.DistanceSum, n);
                }
            }

            partials[chunk] = sum!;
        });

        if (!betweenness)
        {
            return (null, closenessValues);
        }

        var result = new double[n];
        foreach (var partial in partials)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] += partial[v];
            }
        }

        return (result, closenessValues);
    }
}
