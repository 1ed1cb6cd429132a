using System.Diagnostics;
using System.Globalization;
using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>Betweenness and closeness as asked, and what had to give way to the time allowed.</summary>
public sealed record PathMeasures(double[]? Betweenness, BetweennessSampling? Sampling, double[]? Closeness, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Exact betweenness and closeness from one search per source when that fits in
    /// <see cref="MetricsOptions.MaxSeconds"/>; otherwise betweenness is sampled with the
    /// guarantee asked for, and closeness (which has no such estimator here) is computed only if
    /// its searches alone fit, and left empty with a warning if not.
    /// </summary>
    public static PathMeasures Compute(CsrGraph graph, MetricsOptions options)
    {
        var wantBetweenness = options.Wants(MetricNames.Betweenness);
        var wantCloseness = options.Wants(MetricNames.Closeness);
        if (!wantBetweenness && !wantCloseness)
        {
            return new PathMeasures(null, null, null, []);
        }

        // --max-seconds 0 asks for the estimate outright (and for no closeness, which has none).
        var forecast = options.MaxSeconds is { } limit ? Forecast.Of(graph, limit) : null;
        var allowed = options.MaxSeconds ?? double.PositiveInfinity;
        var exactFits = forecast is null || (allowed > 0 && forecast.Betweenness <= allowed);
        var closenessFits = exactFits || (allowed > 0 && forecast!.Closeness <= allowed);

        var warnings = new List<string>();
        BetweennessEstimate? estimate = null;
        if (wantBetweenness && !exactFits)
        {
            estimate = SampledBetweenness.Estimate(graph, options.ErrorBound, options.Confidence, options.Seed);
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{TooSlow("exact betweenness", forecast!.Betweenness, options)}; it is estimated from {estimate.Sampling.Samples} sampled shortest paths, within {options.ErrorBound} of the exact value with probability {options.Confidence}"));
        }

        if (wantCloseness && !closenessFits)
        {
            warnings.Add($"{TooSlow("closeness", forecast!.Closeness, options)}; its column is empty (raise --max-seconds to compute it)");
        }

        var exactBetweenness = wantBetweenness && exactFits;
        var closeness = wantCloseness && closenessFits;
        var (raw, closenessValues) = exactBetweenness || closeness ? AllSources.Run(graph, exactBetweenness, closeness) : (null, null);
        var betweenness = estimate?.Values ?? (raw is null ? null : Paths.Betweenness.Normalise(raw));
        return new PathMeasures(betweenness, estimate?.Sampling, closenessValues, warnings);
    }

    private static string TooSlow(string measure, double seconds, MetricsOptions options) => options.MaxSeconds == 0
        ? $"--max-seconds 0 leaves no time for {measure}"
        : string.Create(CultureInfo.InvariantCulture, $"{measure} would take about {seconds:0.#} s, more than --max-seconds {options.MaxSeconds}");

    /// <summary>
    /// How long the searches from every source would take, extrapolated from a few timed sources
    /// spread evenly over the graph, and shared among the cores.
    /// </summary>
    private sealed record Forecast(double Betweenness, double Closeness)
    {
        private const int MaxPilots = 32;

        public static Forecast Of(CsrGraph graph, double limit)
        {
            var n = graph.NodeCount;
            var pilots = Math.Min(n, MaxPilots);
            if (pilots == 0)
            {
                return new Forecast(0, 0);
            }

            // Stop timing early once the pilots alone have used a twentieth of the time allowed.
            var budget = TimeSpan.FromSeconds(Math.Min(1.0, limit / 20));
            var pass = new SourcePass(n);
            var scratch = new double[n];
            var timer = Stopwatch.StartNew();
            TimeSpan full = TimeSpan.Zero, searchOnly = TimeSpan.Zero;
            var timed = 0;
            for (; timed < pilots && (timed == 0 || timer.Elapsed < budget); timed++)
            {
                var source = (int)((long)timed * n / pilots);
                var start = timer.Elapsed;
                pass.Run(graph, source, null);
                var searched = timer.Elapsed;
                pass.Run(graph, source, scratch);
                searchOnly += searched - start;
                full += timer.Elapsed - searched;
            }

            var scale = (double)n / Math.Max(timed, 1) / Environment.ProcessorCount;
            return new Forecast(full.TotalSeconds * scale, searchOnly.TotalSeconds * scale);
        }
    }
}
