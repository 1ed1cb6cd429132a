using SectorMap.Analysis.Metrics.Paths;
using SectorMap.Analysis.Views;

namespace SectorMap.Analysis.Metrics;

/// <summary>Computes the metrics of CLI.md asked for, for every node of a view.</summary>
public static class NetworkMetrics
{
    public static MetricsTable Compute(GraphView view, MetricsOptions? options = null)
    {
        options ??= new MetricsOptions();
        var graph = view.Graph;
        var n = graph.NodeCount;
        var paths = PathMeasures.Compute(graph, options);
        var warnings = new List<string>(paths.Warnings);
        var (component, components) = Components.Compute(graph);
        int[]? community = null;
        double? modularity = null;
        if (options.Wants(MetricNames.Community))
        {
            (community, var best) = Louvain.Best(graph);
            modularity = best;
        }

        var columns = new List<MetricColumn>();
        foreach (var name in options.Metrics)
        {
            columns.Add(name switch
            {
                MetricNames.Degree => MetricColumn.Of(name, DegreeMetrics.Degree(graph)),
                MetricNames.Strength => new MetricColumn(name, Enumerable.Range(0, n).Select(graph.Strength).ToArray()),
                MetricNames.DegreeCentrality => new MetricColumn(name, DegreeMetrics.Centrality(graph)),
                MetricNames.Betweenness => new MetricColumn(name, paths.Betweenness!),
                MetricNames.Closeness => new MetricColumn(name, paths.Closeness ?? Missing(n)),
                MetricNames.Eigenvector => new MetricColumn(name, EigenvectorOrMissing(graph, warnings)),
                MetricNames.PageRank => new MetricColumn(name, PageRank.Compute(graph)),
                MetricNames.Clustering => new MetricColumn(name, Clustering.Compute(graph)),
                MetricNames.CoreNumber => MetricColumn.Of(name, CoreNumber.Compute(graph)),
                MetricNames.Component => MetricColumn.Of(name, component),
                MetricNames.Community => MetricColumn.Of(name, community!),
                _ => throw new ArgumentException($"unknown metric \"{name}\"", nameof(options)),
            });
        }

        var density = n > 1 ? 2.0 * graph.EdgeCount / (n * (n - 1.0)) : 0;
        var figures = new GraphMetrics(n, graph.EdgeCount, components, density, modularity, paths.Sampling);
        return new MetricsTable(figures, view.Nodes, columns, warnings);
    }

    /// <summary>NetworkX raises when power iteration does not converge; here the column is left empty and the reason kept.</summary>
    private static double[] EigenvectorOrMissing(Graphs.CsrGraph graph, List<string> warnings)
    {
        try
        {
            return Eigenvector.Compute(graph);
        }
        catch (ConvergenceException ex)
        {
            warnings.Add($"{ex.Message}; the eigenvector column is empty");
            return Missing(graph.NodeCount);
        }
    }

    private static double[] Missing(int n)
    {
        var values = new double[n];
        Array.Fill(values, double.NaN);
        return values;
    }
}
