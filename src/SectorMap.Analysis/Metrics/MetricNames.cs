namespace SectorMap.Analysis.Metrics;

/// <summary>The per-node metrics of CLI.md, by their names in the output, in output order.</summary>
public static class MetricNames
{
    public const string Degree = "degree";
    public const string Strength = "strength";
    public const string DegreeCentrality = "degreeCentrality";
    public const string Betweenness = "betweenness";
    public const string Closeness = "closeness";
    public const string Eigenvector = "eigenvector";
    public const string PageRank = "pagerank";
    public const string Clustering = "clustering";
    public const string CoreNumber = "coreNumber";
    public const string Component = "component";
    public const string Community = "community";

    public static readonly IReadOnlyList<string> All =
        [Degree, Strength, DegreeCentrality, Betweenness, Closeness, Eigenvector, PageRank, Clustering, CoreNumber, Component, Community];

    /// <summary>
    /// Reads a comma-separated list such as <c>degree,betweenness</c> (or <c>all</c>); the names
    /// come back in output order. An unknown name is an error that lists the valid ones.
    /// </summary>
    public static IReadOnlyList<string> Parse(string list)
    {
        var asked = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (asked.Length == 0 || asked.Any(a => a.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return All;
        }

        var unknown = asked.Where(a => !All.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown metric {string.Join(", ", unknown.Select(u => $"\"{u}\""))}; the metrics are {string.Join(", ", All)} (or all)");
        }

        return All.Where(name => asked.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
