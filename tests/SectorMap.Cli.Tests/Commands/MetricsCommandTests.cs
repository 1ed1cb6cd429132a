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
}
