using SectorMap.Analysis.Metrics.Paths;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// The whole graph's figures: size, components, density, the modularity of the communities (when
/// they were computed), and how betweenness was estimated (null when it is exact or was not asked for).
/// </summary>
public sealed record GraphMetrics(int Nodes, int Edges, int Components, double Density, double? Modularity, BetweennessSampling? BetweennessSampling = null);
