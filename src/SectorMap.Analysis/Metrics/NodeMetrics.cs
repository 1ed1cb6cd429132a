namespace SectorMap.Analysis.Metrics;

/// <summary>One node's row of the metrics table (CLI.md, <c>metrics --format json</c>).</summary>
public sealed record NodeMetrics(
    string Id,
    string Label,
    string Name,
    int Degree,
    double Strength,
    double DegreeCentrality,
    double Betweenness,
    double Closeness,
    double? Eigenvector,
    double PageRank,
    double Clustering,
    int CoreNumber,
    int Component,
    int Community);
