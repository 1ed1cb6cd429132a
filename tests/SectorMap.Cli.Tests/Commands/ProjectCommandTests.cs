using System.Text.Json;
using SectorMap.Cli.Tests.TestSupport;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Cli.Tests.Commands;

public sealed class ProjectCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task SeedAsync() => Assert.Equal(0, (await _cli.RunAsync("seed", "east-lothian")).ExitCode);

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Project_WritesTheViewWithItsWeights_AndTheMetricsWhenAsked(string format)
    {
        await SeedAsync();
        var path = _cli.PathOf("bodies." + format);

        var result = await _cli.RunAsync("project", "--view", "bodies", "--as-of", "2017-06-01", "--metrics", "all", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var bytes = await File.ReadAllBytesAsync(path);
        var document = format == "gexf" ? GexfReader.Read(bytes, path) : GraphMlReader.Read(bytes, path);
        var metrics = JsonDocument.Parse((await _cli.RunAsync("metrics", "--view", "bodies", "--as-of", "2017-06-01")).Out).RootElement;
        Assert.False(document.Directed);
        Assert.Equal(metrics.GetProperty("graph").GetProperty("nodes").GetInt32(), document.Nodes.Count);
        Assert.Equal(metrics.GetProperty("graph").GetProperty("edges").GetInt32(), document.Edges.Count);
        var ijb = document.Nodes.Single(n => n.Id == "ptn:el-ijb");
        var expected = metrics.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "ptn:el-ijb");
        Assert.Equal(expected.GetProperty("name").GetString(), ijb.Attributes["name"]);
        Assert.Equal(expected.GetProperty("degree").GetInt64(), Assert.IsType<long>(ijb.Attributes["degree"]));
        Assert.Equal(expected.GetProperty("betweenness").GetDouble(), ijb.Attributes["betweenness"]);
        Assert.Contains(document.Edges, e => e.Attributes["weight"] is double weight && weight > 1);
    }

    [Fact]
    public async Task Project_Json_HasNodesAndEdges_AndNewmanWeightsWhenAsked()
    {
        await SeedAsync();
        var path = _cli.PathOf("delegates.json");

        Assert.Equal(0, (await _cli.RunAsync("project", "--view", "bodies", "--weights", "newman", "--as-of", "2017-06-01", "--out", path)).ExitCode);

        var root = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
        Assert.True(root.GetProperty("nodes").GetArrayLength() > 10);
        var weights = root.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("weight").GetDouble()).ToList();
        Assert.NotEmpty(weights);
        Assert.Contains(weights, w => w != Math.Round(w));
        Assert.All(root.GetProperty("edges").EnumerateArray(), e => Assert.StartsWith("ptn:", e.GetProperty("source").GetString()!.Replace("tg:", "ptn:", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Project_Csv_HasOneRowANode_AndNoPersonalDataUnlessAsked()
    {
        await SeedAsync();
        var path = _cli.PathOf("delegates.csv");
        var personal = _cli.PathOf("delegates-personal.csv");

        Assert.Equal(0, (await _cli.RunAsync("project", "--view", "delegates", "--out", path)).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("project", "--view", "delegates", "--out", personal, "--include-personal")).ExitCode);

        var header = File.ReadLines(path).First().Split(',');
        Assert.Equal(["id", "label", "name"], header[..3]);
        Assert.DoesNotContain("email", header);
        Assert.Contains("email", File.ReadLines(personal).First().Split(','));
        Assert.All(File.ReadLines(path).Skip(1), line => Assert.StartsWith("del:", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Project_WithoutOut_IsAUsageError()
    {
        var result = await _cli.RunAsync("project", "--view", "bodies");

        Assert.Equal(2, result.ExitCode);
    }
}
