using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class SeedCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Seed_WithoutName_LoadsEveryBundledDataset()
    {
        var result = await _cli.RunAsync("seed");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("east-lothian, southend: nodes: ", result.Out, StringComparison.Ordinal);
        var graph = (await _cli.RunAsync("export", "-")).Out;
        Assert.Contains("\"name\":\"STRiVE\"", graph, StringComparison.Ordinal);
        Assert.Contains("Partnership Board", graph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_OneName_LoadsOnlyThatDataset_AndAgainChangesNothing()
    {
        var first = await _cli.RunAsync("seed", "southend");
        var again = await _cli.RunAsync("seed", "southend");

        Assert.Equal(0, first.ExitCode);
        var graph = (await _cli.RunAsync("export", "-")).Out;
        Assert.DoesNotContain("STRiVE", graph, StringComparison.Ordinal);
        Assert.Contains("nodes: 0 created, 0 updated", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_UnknownName_ListsTheBundledOnes()
    {
        var result = await _cli.RunAsync("seed", "atlantis");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sectormap: no bundled dataset \"atlantis\"; there are: east-lothian, southend", result.ErrorLines.Single());
    }

    [Fact]
    public async Task DefaultStore_FirstRun_IsSeeded_UnlessTurnedOff()
    {
        _cli.Environment.Remove("SECTORMAP_STORE");
        _cli.Environment.Remove("SECTORMAP_SEED");
        _cli.Environment["SECTORMAP_DATA"] = _cli.PathOf("data");

        var result = await _cli.RunAsync("export", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("STRiVE", result.Out, StringComparison.Ordinal);
        Assert.StartsWith($"first run: loaded the sample data into sqlite:{_cli.PathOf("data/sectormap.db")}", result.Error, StringComparison.Ordinal);

        _cli.Environment["SECTORMAP_DATA"] = _cli.PathOf("empty");
        _cli.Environment["SECTORMAP_SEED"] = "false";
        Assert.Contains("\"nodes\": []", (await _cli.RunAsync("export", "-")).Out, StringComparison.Ordinal);
    }
}
