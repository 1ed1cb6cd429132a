using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task ImportValidAsync() => Assert.Equal(0, (await _cli.RunAsync("import", _cli.Write("g.json", Files.Valid))).ExitCode);

    [Fact]
    public async Task Export_Json_ThenImportElsewhere_ThenExport_IsIdentical()
    {
        await ImportValidAsync();
        var first = _cli.PathOf("first.json");
        Assert.Equal(0, (await _cli.RunAsync("export", first, "--include-personal")).ExitCode);

        _cli.Environment["SECTORMAP_STORE"] = $"sqlite:{_cli.PathOf("second.db")}";
        Assert.Equal(0, (await _cli.RunAsync("import", first)).ExitCode);
        var second = _cli.PathOf("second.json");
        Assert.Equal(0, (await _cli.RunAsync("export", second, "--include-personal")).ExitCode);

        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Contains("\"score\":1.5", File.ReadAllText(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_ThenImportElsewhere_GivesTheSameGraph()
    {
        await ImportValidAsync();
        Assert.Equal(0, (await _cli.RunAsync("export", _cli.PathOf("csv"), "--include-personal")).ExitCode);
        Assert.True(File.Exists(_cli.PathOf("csv/nodes.csv")));
        Assert.True(File.Exists(_cli.PathOf("csv/relationships.csv")));
        var original = (await _cli.RunAsync("export", "-", "--include-personal")).Out;

        _cli.Environment["SECTORMAP_STORE"] = $"sqlite:{_cli.PathOf("second.db")}";
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.PathOf("csv"))).ExitCode);

        Assert.Equal(original, (await _cli.RunAsync("export", "-", "--include-personal")).Out);
    }

    [Fact]
    public async Task Export_WithoutIncludePersonal_HasNoContactDetails()
    {
        await ImportValidAsync();

        var without = await _cli.RunAsync("export", "-");
        var with = await _cli.RunAsync("export", "-", "--include-personal");

        Assert.DoesNotContain("ailsa@example.org", without.Out, StringComparison.Ordinal);
        Assert.Contains("ailsa@example.org", with.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-11-20", 0)]
    [InlineData("2017-11-21", 2)]
    [InlineData("2018-11-21", 1)]
    public async Task Export_AsOf_KeepsRelationshipsActiveThatDay(string date, int relationships)
    {
        await ImportValidAsync();

        var result = await _cli.RunAsync("export", "-", "--as-of", date);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(relationships, result.Out.Split('\n').Count(l => l.Contains("\"type\":", StringComparison.Ordinal)));
        Assert.Equal(3, result.Out.Split('\n').Count(l => l.Contains("\"label\":", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_BadDate_IsAUsageError()
    {
        var result = await _cli.RunAsync("export", "-", "--as-of", "21/11/2017");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sectormap: --as-of \"21/11/2017\" is not a date (YYYY-MM-DD)", result.ErrorLines.Single());
    }

    [Fact]
    public async Task Export_ToAFolderThatCannotBeMade_IsAClearError()
    {
        await ImportValidAsync();
        var blocker = _cli.Write("blocker", "x");

        var result = await _cli.RunAsync("export", Path.Combine(blocker, "out.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"sectormap: cannot write {blocker}", result.ErrorLines.Single(), StringComparison.Ordinal);
    }
}
