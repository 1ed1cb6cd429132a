using System.Text.Json;
using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class MetricsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<JsonElement> MetricsAsync(params string[] args)
    {
        var result = await _cli.RunAsync(["metrics", .. args]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static JsonElement NodeOf(JsonElement metrics, string id) =>
        metrics.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Metrics_ShowTheMapAsItWas_TheChiefExecutivesFourteenSeatsAndAfter()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "east-lothian")).ExitCode);

        var before = await MetricsAsync("--as-of", "2017-06-01");
        var after = await MetricsAsync("--as-of", "2018-06-01");

        Assert.Equal("representation", before.GetProperty("view").GetString());
        Assert.Equal("2017-06-01", before.GetProperty("asOf").GetString());
        var ceoBefore = NodeOf(before, "del:el-ceo");
        Assert.Equal(15, ceoBefore.GetProperty("degree").GetInt32());
        Assert.Equal(16, ceoBefore.GetProperty("strength").GetDouble());
        Assert.True(ceoBefore.GetProperty("betweenness").GetDouble() > NodeOf(after, "del:el-ceo").GetProperty("betweenness").GetDouble());
        Assert.Equal(1, NodeOf(after, "del:el-ceo").GetProperty("degree").GetInt32());
    }

    [Fact]
    public async Task Metrics_Json_HasTheShapeOfCliMd_AndConsistentFigures()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed")).ExitCode);

        var metrics = await MetricsAsync("--as-of", "2018-06-01", "--view", "full");

        var graph = metrics.GetProperty("graph");
        var nodes = metrics.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(195, graph.GetProperty("nodes").GetInt32());
        Assert.Equal(nodes.Count, graph.GetProperty("nodes").GetInt32());
        Assert.Equal("exact", graph.GetProperty("betweenness").GetString());
        Assert.True(graph.GetProperty("components").GetInt32() >= 2, "the two seeds are not linked to each other");
        Assert.InRange(graph.GetProperty("modularity").GetDouble(), 0.3, 1.0);
        foreach (var node in nodes)
        {
            Assert.Equal(14, node.EnumerateObject().Count());
            Assert.Equal(node.GetProperty("degree").GetInt32() / 194.0, node.GetProperty("degreeCentrality").GetDouble(), 12);
        }

        Assert.Equal(1.0, nodes.Sum(n => n.GetProperty("pagerank").GetDouble()), 9);
    }

    [Fact]
    public async Task Metrics_Csv_HasOneRowANode_WithTheSameColumns()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "southend")).ExitCode);
        var path = _cli.PathOf("metrics.csv");

        var result = await _cli.RunAsync("metrics", "--format", "csv", "--as-of", "2017-06-01", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(path);
        Assert.Equal("id,label,name,degree,strength,degreeCentrality,betweenness,closeness,eigenvector,pagerank,clustering,coreNumber,component,community", lines[0]);
        var json = await MetricsAsync("--as-of", "2017-06-01");
        Assert.Equal(json.GetProperty("graph").GetProperty("nodes").GetInt32(), lines.Length - 1);
    }

    [Fact]
    public async Task Metrics_OnTheBodiesProjection_HasOnlyBodies_LinkedByTheChiefExecutive()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "east-lothian")).ExitCode);

        var metrics = await MetricsAsync("--view", "bodies", "--as-of", "2017-06-01");

        var nodes = metrics.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("bodies", metrics.GetProperty("view").GetString());
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("label").GetString(), new[] { "Partnership", "ThematicGroup" }));

        // One person sat on all fourteen sector seats, so those fourteen bodies form one interlocked component.
        var ijb = NodeOf(metrics, "ptn:el-ijb");
        Assert.True(ijb.GetProperty("degree").GetInt32() >= 13, $"the IJB interlocks with {ijb.GetProperty("degree").GetInt32()} bodies");
    }

    [Fact]
    public async Task Metrics_UnknownView_IsAUsageError()
    {
        var result = await _cli.RunAsync("metrics", "--view", "galaxy");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Metrics_WithNoTimeForExactBetweenness_SaySoInGraphBetweenness_AndInWarnings()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "east-lothian")).ExitCode);

        var result = await _cli.RunAsync("metrics", "--as-of", "2017-06-01", "--max-seconds", "0", "--error-bound", "0.05", "--confidence", "0.9");

        Assert.Equal(0, result.ExitCode);
        var metrics = JsonDocument.Parse(result.Out).RootElement;
        var sampling = metrics.GetProperty("graph").GetProperty("betweenness");
        Assert.Equal("riondato-kornaropoulos", sampling.GetProperty("method").GetString());
        Assert.True(sampling.GetProperty("samples").GetInt32() > 1000);
        Assert.Equal(0.05, sampling.GetProperty("errorBound").GetDouble());
        Assert.Equal(0.9, sampling.GetProperty("confidence").GetDouble());
        Assert.Equal(2, metrics.GetProperty("warnings").GetArrayLength());
        Assert.All(metrics.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("closeness").ValueKind));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("metrics: warning: --max-seconds 0 leaves no time for exact betweenness", StringComparison.Ordinal));

        // The chief executive's estimate is within ε of the exact value.
        var exact = await MetricsAsync("--as-of", "2017-06-01", "--metrics", "betweenness");
        var estimated = NodeOf(metrics, "del:el-ceo").GetProperty("betweenness").GetDouble();
        Assert.InRange(estimated, NodeOf(exact, "del:el-ceo").GetProperty("betweenness").GetDouble() - 0.05, NodeOf(exact, "del:el-ceo").GetProperty("betweenness").GetDouble() + 0.05);
    }

    [Fact]
    public async Task Metrics_ASelection_HasOnlyThoseColumns()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "southend")).ExitCode);

        var metrics = await MetricsAsync("--metrics", "betweenness,degree");

        Assert.All(metrics.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(["id", "label", "name", "degree", "betweenness"], n.EnumerateObject().Select(p => p.Name)));
        Assert.False(metrics.GetProperty("graph").TryGetProperty("modularity", out _));
    }

    [Fact]
    public async Task Metrics_AnUnknownMetric_IsAUsageError_ListingTheValidOnes()
    {
        var result = await _cli.RunAsync("metrics", "--metrics", "degree,influence");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sectormap: --metrics: unknown metric \"influence\"; the metrics are degree, strength, degreeCentrality, betweenness, closeness, eigenvector, pagerank, clustering, coreNumber, component, community (or all)", result.ErrorLines.Single());
    }

    [Fact]
    public async Task Metrics_AnUnknownView_ListsTheValidOnes()
    {
        var result = await _cli.RunAsync("metrics", "--view", "galaxy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("representation", result.Error, StringComparison.Ordinal);
        Assert.Contains("funding", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_OnAPlainGraphMLFile_ReadItAsItIs_WithItsWeights()
    {
        var path = _cli.Write("triangle.graphml", """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
                <edge source="a" target="b"><data key="w">2.5</data></edge>
                <edge source="b" target="c"/><edge source="c" target="a"/><edge source="c" target="d"/>
              </graph>
            </graphml>
            """);

        var metrics = await MetricsAsync("--input", path);

        Assert.Equal("full", metrics.GetProperty("view").GetString());
        Assert.False(metrics.TryGetProperty("asOf", out _));
        Assert.Equal(4, metrics.GetProperty("graph").GetProperty("edges").GetInt32());
        var c = NodeOf(metrics, "c");
        Assert.Equal(3, c.GetProperty("degree").GetInt32());
        Assert.Equal(2.0 / 3, c.GetProperty("betweenness").GetDouble(), 12);
        Assert.Equal(3.5, NodeOf(metrics, "a").GetProperty("strength").GetDouble());
    }

    [Fact]
    public async Task Metrics_OnAHostileGraphMLFile_IsExit1_WithOneLocatedLine()
    {
        var path = _cli.Write("laughs.graphml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="&lol2;"/></graph></graphml>
            """);

        var result = await _cli.RunAsync("metrics", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(path + ":2:", result.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graph.json")]
    [InlineData("graph.graphml")]
    [InlineData("graph.gexf")]
    public async Task Metrics_OnAnExportedFile_AreTheMetricsOfTheStore(string file)
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "east-lothian")).ExitCode);
        var exported = _cli.PathOf(file);
        Assert.Equal(0, (await _cli.RunAsync("export", exported)).ExitCode);

        var fromStore = await MetricsAsync("--view", "bodies", "--as-of", "2017-06-01");
        var fromFile = await MetricsAsync("--view", "bodies", "--as-of", "2017-06-01", "--input", exported);

        Assert.Equal(fromStore.GetProperty("nodes").GetRawText(), fromFile.GetProperty("nodes").GetRawText());
        Assert.Equal(fromStore.GetProperty("graph").GetRawText(), fromFile.GetProperty("graph").GetRawText());
    }

    [Fact]
    public async Task Metrics_APlainFile_HasNoSectorMapViews()
    {
        var path = _cli.Write("pair.graphml", """<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>""");

        var result = await _cli.RunAsync("metrics", "--input", path, "--view", "bodies");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plain graph", result.Error, StringComparison.Ordinal);
    }
}
