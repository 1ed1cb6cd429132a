namespace SectorMap.Analysis.Metrics;

/// <summary>The whole graph's figures: size, components, density, and the modularity of the communities.</summary>
public sealed record GraphMetrics(int Nodes, int Edges, int Components, double Density, double Modularity);
