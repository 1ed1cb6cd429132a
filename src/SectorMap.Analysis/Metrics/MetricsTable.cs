using SectorMap.Core.Model;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// The metrics asked for, for every node of a view, and the graph's figures. Row i of every column
/// belongs to <c>Nodes[i]</c>; columns come in output order (<see cref="MetricNames.All"/>);
/// warnings say what a researcher should know about the numbers (a measure left empty, and why).
/// </summary>
public sealed record MetricsTable(GraphMetrics Graph, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<MetricColumn> Columns, IReadOnlyList<string> Warnings)
{
    public MetricColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
