using System.CommandLine;
using System.Globalization;
using SectorMap.Analysis.Metrics;

namespace SectorMap.Cli.Commands;

/// <summary>The options that choose metrics and bound their time: --metrics, --max-seconds, --error-bound, --confidence.</summary>
internal sealed class MetricsArguments
{
    private readonly Option<string> _metrics;
    private readonly Option<double> _maxSeconds = new("--max-seconds")
    {
        Description = "how long exact betweenness may take before it is estimated by sampling (0: always estimate)",
        DefaultValueFactory = _ => 60,
    };

    private readonly Option<double> _errorBound = new("--error-bound")
    {
        Description = "ε: the largest error an estimated betweenness may make (default 0.01)",
        DefaultValueFactory = _ => 0.01,
    };

    private readonly Option<double> _confidence = new("--confidence")
    {
        Description = "1 − δ: the probability that no estimate is off by more than ε (default 0.95)",
        DefaultValueFactory = _ => 0.95,
    };

    public MetricsArguments(string defaultMetrics)
    {
        _metrics = new Option<string>("--metrics")
        {
            Description = $"a comma-separated list of {string.Join(", ", MetricNames.All)}, all or none (default {defaultMetrics})",
            DefaultValueFactory = _ => defaultMetrics,
        };
    }

    public IEnumerable<Option> All => [_metrics, _maxSeconds, _errorBound, _confidence];

    /// <summary>The options asked for; null for <c>--metrics none</c>.</summary>
    public MetricsOptions? Parse(ParseResult parse)
    {
        var list = parse.GetValue(_metrics)!;
        if (list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        IReadOnlyList<string> metrics;
        try
        {
            metrics = MetricNames.Parse(list);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--metrics: {ex.Message}", ex);
        }

        var maxSeconds = parse.GetValue(_maxSeconds);
        var errorBound = parse.GetValue(_errorBound);
        var confidence = parse.GetValue(_confidence);
        if (maxSeconds < 0)
        {
            throw new UsageException("--max-seconds must be 0 or more");
        }

        if (errorBound is <= 0 or >= 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--error-bound {errorBound} must be between 0 and 1 (for example 0.01)"));
        }

        if (confidence is <= 0 or >= 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--confidence {confidence} must be between 0 and 1 (for example 0.95)"));
        }

        return new MetricsOptions { Metrics = metrics, MaxSeconds = maxSeconds, ErrorBound = errorBound, Confidence = confidence };
    }
}
