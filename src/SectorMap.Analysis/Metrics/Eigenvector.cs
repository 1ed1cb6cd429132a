using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// <c>nx.eigenvector_centrality(G)</c>: power iteration on A + I from the uniform vector, scaled to
/// unit Euclidean norm each round, until the total change is below n × 1e-6 (at most 100 rounds).
/// </summary>
public static class Eigenvector
{
    private const double Tolerance = 1e-6;
    private const int MaxIterations = 100;

    /// <exception cref="ConvergenceException">As NetworkX, when 100 rounds do not settle it.</exception>
    public static double[] Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var last = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Copy(x, last, n);
            for (var v = 0; v < n; v++)
            {
                foreach (var w in graph.Neighbours(v))
                {
                    x[w] += last[v];
                }
            }

            var norm = Math.Sqrt(x.Sum(value => value * value));
            norm = norm == 0 ? 1 : norm;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                x[v] /= norm;
                change += Math.Abs(x[v] - last[v]);
            }

            if (change < n * Tolerance)
            {
                return x;
            }
        }

        throw new ConvergenceException($"eigenvector centrality did not converge in {MaxIterations} iterations");
    }
}
