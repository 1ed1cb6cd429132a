using SectorMap.Analysis.Views;

namespace SectorMap.Analysis.Metrics;

/// <summary>Computes every metric of CLI.md for every node of a view.</summary>
public static class NetworkMetrics
{
    public static MetricsTable Compute(GraphView view)
    {
        var graph = view.Graph;
        var n = graph.NodeCount;
        var betweenness = Betweenness.Exact(graph);
        var closeness = Closeness.Compute(graph);
        var pageRank = PageRank.Compute(graph);
        var clustering = Clustering.Compute(graph);
        var cores = CoreNumber.Compute(graph);
        var centrality = DegreeMetrics.Centrality(graph);
        var (component, components) = Components.Compute(graph);
        var (community, modularity) = Louvain.Best(graph);
        double[]? eigenvector = null;
        string? eigenvectorProblem = null;
        try
        {
            eigenvector = Eigenvector.Compute(graph);
        }
        catch (ConvergenceException ex)
        {
            eigenvectorProblem = ex.Message;
        }

        var nodes = new NodeMetrics[n];
        for (var v = 0; v < n; v++)
        {
            var node = view.Nodes[v];
            nodes[v] = new NodeMetrics(
                node.Id, node.Label, node.Name, graph.Degree(v), graph.Strength(v), centrality[v], betweenness[v], closeness[v],
                eigenvector?[v], pageRank[v], clustering[v], cores[v], component[v], community[v]);
        }

        var density = n > 1 ? 2.0 * graph.EdgeCount / (n * (n - 1.0)) : 0;
        return new MetricsTable(new GraphMetrics(n, graph.EdgeCount, components, density, modularity), nodes) { EigenvectorProblem = eigenvectorProblem };
    }
}
