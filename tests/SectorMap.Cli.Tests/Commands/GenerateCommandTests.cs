using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Generate_WritesAValidGraph_TheSameForTheSameSeed()
    {
        var a = _cli.PathOf("a.json");
        var b = _cli.PathOf("b.json");

        Assert.Equal(0, (await _cli.RunAsync("generate", "--orgs", "300", "--seed", "7", "--out", a)).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("generate", "--orgs", "300", "--seed", "7", "--out", b)).ExitCode);

        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        var validation = await _cli.RunAsync("validate", a);
        Assert.Equal(0, validation.ExitCode);
        Assert.StartsWith("valid: ", validation.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_CsvFolder_ImportsCleanly()
    {
        Assert.Equal(0, (await _cli.RunAsync("generate", "--orgs", "100", "--out", _cli.PathOf("gen"))).ExitCode);

        var result = await _cli.RunAsync("import", _cli.PathOf("gen"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("relationships: ", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Generate_NoOrganisations_IsAUsageError(string organisations)
    {
        var result = await _cli.RunAsync("generate", "--orgs", organisations, "--out", _cli.PathOf("x.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--orgs must be at least 1", result.Error, StringComparison.Ordinal);
    }
}
