using System.Text.Json;
using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Tests.TestSupport;

/// <summary>A classic network and the values NetworkX computed on it (Fixtures/generate.py).</summary>
internal sealed class NetworkXFixture
{
    private readonly JsonElement _metrics;

    private NetworkXFixture(string name, IReadOnlyList<string> nodes, CsrGraph graph, JsonElement metrics, double louvainBest)
    {
        LouvainBestModularity = louvainBest;
        Name = name;
        Nodes = nodes;
        Graph = graph;
        _metrics = metrics;
    }

    public string Name { get; }

    /// <summary>The best modularity of ten NetworkX Louvain runs (seeds 0 to 9).</summary>
    public double LouvainBestModularity { get; }

    public IReadOnlyList<string> Nodes { get; }

    public CsrGraph Graph { get; }

    public static readonly string[] Names = ["karate", "florentine", "lesmis", "random-components", "davis-two-mode"];

    public static NetworkXFixture Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")));
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList();
        var index = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var edges = root.GetProperty("edges").EnumerateArray().Select(e => (index[e[0].GetString()!], index[e[1].GetString()!]));
        return new NetworkXFixture(name, nodes, CsrGraph.FromEdges(nodes.Count, edges), root.GetProperty("metrics").Clone(), root.GetProperty("louvainBestModularity").GetDouble());
    }

    /// <summary>NetworkX's value of a metric for every node, in node order.</summary>
    public double[] Expected(string metric)
    {
        var values = _metrics.GetProperty(metric);
        return Nodes.Select(n => values.GetProperty(n).GetDouble()).ToArray();
    }
}
