using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// Riondato and Kornaropoulos' estimator ("Fast approximation of betweenness centrality through
/// sampling", WSDM 2014): sample r ordered pairs of distinct nodes, one shortest path between each,
/// uniformly; a node's estimate is the share of paths it lies inside. With
/// r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉, c = 0.5 and VD the vertex diameter, every node's
/// estimate is within ε of its betweenness with probability at least 1 − δ.
/// </summary>
/// <remarks>
/// Their betweenness divides by n(n − 1) pairs; NetworkX's by (n − 1)(n − 2). The estimate is
/// rescaled by n / (n − 2), and ε tightened by the same factor, so the guarantee holds on the scale
/// the output uses. Samples are dealt into fixed chunks, each with its own seeded generator, and
/// counted in integers, so the estimate is the same whatever the number of cores.
/// </remarks>
public static class SampledBetweenness
{
    public const string Method = "riondato-kornaropoulos";

    private const double UniversalConstant = 0.5;
    private const int Chunks = 64;

    public static int SampleSize(int nodeCount, int vertexDiameter, double errorBound, double confidence)
    {
        var epsilon = nodeCount > 2 ? errorBound * (nodeCount - 2.0) / nodeCount : errorBound;
        var logDiameter = Math.Floor(Math.Log2(Math.Max(vertexDiameter - 2, 1)));
        var samples = UniversalConstant / (epsilon * epsilon) * (logDiameter + 1 + Math.Log(1 / (1 - confidence)));
        return (int)Math.Min(int.MaxValue, Math.Ceiling(samples));
    }

    public static BetweennessEstimate Estimate(CsrGraph graph, double errorBound, double confidence, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(errorBound);
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "a probability strictly between 0 and 1");
        }

        var n = graph.NodeCount;
        var diameter = VertexDiameter.UpperBound(graph);

        // With no path of three nodes there is nothing to be inside: every value is exactly 0.
        var samples = n > 2 && diameter > 2 ? SampleSize(n, diameter, errorBound, confidence) : 0;
        var counts = new int[n];
        var gate = new object();
        Parallel.For(0, Chunks, () => (Counts: new int[n], Sampler: new PathSampler(n)), (chunk, _, local) =>
        {
            // A chunk's pairs depend on the seed and the chunk alone, not on the thread that runs it.
            var random = new Random(unchecked((seed * 7919) + chunk));
            var share = samples / Chunks + (chunk < samples % Chunks ? 1 : 0);
            for (var i = 0; i < share; i++)
            {
                var s = random.Next(n);
                var t = random.Next(n - 1);
                local.Sampler.Sample(graph, s, t >= s ? t + 1 : t, random, local.Counts);
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var v = 0; v < n; v++)
                {
                    counts[v] += local.Counts[v];
                }
            }
        });

        var scale = samples == 0 ? 0 : n / (n - 2.0) / samples;
        return new BetweennessEstimate(counts.Select(c => c * scale).ToArray(), new BetweennessSampling(Method, samples, errorBound, confidence));
    }
}
