namespace SectorMap.Analysis.Metrics;

/// <summary>Which metrics to compute, and how long exact shortest-path measures may take before betweenness is sampled.</summary>
public sealed record MetricsOptions
{
    public IReadOnlyList<string> Metrics { get; init; } = MetricNames.All;

    /// <summary>The time exact betweenness may take; beyond it, betweenness is estimated. Null: always exact.</summary>
    public double? MaxSeconds { get; init; } = 60;

    /// <summary>ε: the largest error the estimate may make on any node (NetworkX's normalised scale).</summary>
    public double ErrorBound { get; init; } = 0.01;

    /// <summary>1 − δ: the probability that no node's estimate is off by more than <see cref="ErrorBound"/>.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Seeds the sampled pairs, so that the same run gives the same estimate.</summary>
    public int Seed { get; init; } = 1;

    public bool Wants(string metric) => Metrics.Contains(metric);
}
