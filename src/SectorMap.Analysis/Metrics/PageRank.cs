using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// <c>nx.pagerank(G, alpha=0.85)</c> on the undirected graph (each edge both ways): start from 1/n,
/// spread each node's rank evenly over its neighbours, give isolated (dangling) nodes' rank to
/// everyone, damp, and stop when the total change is below n × 1e-6, at most 100 rounds — the same
/// iteration and stopping rule as NetworkX, so the results agree to its tolerance.
/// </summary>
public static class PageRank
{
    public const double Alpha = 0.85;
    private const double Tolerance = 1e-6;
    private const int MaxIterations = 100;

    public static double[] Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            Array.Clear(next);
            for (var v = 0; v < n; v++)
            {
                var degree = graph.Degree(v);
                if (degree == 0)
                {
                    dangling += rank[v];
                    continue;
                }

                var share = rank[v] / degree;
                foreach (var w in graph.Neighbours(v))
                {
                    next[w] += share;
                }
            }

            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                next[v] = (Alpha * (next[v] + (dangling / n))) + ((1 - Alpha) / n);
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < n * Tolerance)
            {
                return rank;
            }
        }

        throw new ConvergenceException($"PageRank did not converge in {MaxIterations} iterations");
    }
}
