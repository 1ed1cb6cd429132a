namespace SectorMap.Analysis.Metrics;

/// <summary>Every node's metrics and the graph's, for one view.</summary>
public sealed record MetricsTable(GraphMetrics Graph, IReadOnlyList<NodeMetrics> Nodes)
{
    /// <summary>Set when eigenvector centrality did not converge (as NetworkX would raise); the column is then empty.</summary>
    public string? EigenvectorProblem { get; init; }
}
