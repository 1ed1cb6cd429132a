using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Validate_ValidFile_ExitsZeroAndCounts()
    {
        var result = await _cli.RunAsync("validate", _cli.Write("g.json", Files.Valid));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("valid: 3 nodes, 2 relationships\n", result.Out.ReplaceLineEndings("\n"));
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Validate_InvalidFile_PrintsEveryErrorLocationFirst_ExitsOne()
    {
        var path = _cli.Write("bad.json", Files.Invalid);

        var result = await _cli.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.StartsWith($"{path}#/nodes/0/kind: kind \"charty\" is not one of", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}#/nodes/0/sector: sector is required for an organisation", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal($"{path}#/relationships/0/to: no node has id \"ptn:missing\"", result.ErrorLines[2]);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Validate_MissingFile_IsALocatedError()
    {
        var result = await _cli.RunAsync("validate", "nowhere.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["nowhere.json: no such file or folder"], result.ErrorLines);
    }

    [Fact]
    public async Task Validate_NodesAndRelationshipsInSeparateFiles_AreValidatedTogether()
    {
        var nodes = _cli.Write("n.csv", "id,label,name\nthm:a,Theme,A\ntg:b,ThematicGroup,B\n");
        var relationships = _cli.Write("r.csv", "type,from,to\nCOVERS,tg:b,thm:a\n");

        var result = await _cli.RunAsync("validate", relationships, nodes);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid: 2 nodes, 1 relationships", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownOption_IsAUsageError()
    {
        var result = await _cli.RunAsync("validate", "--frobnicate", "x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["sectormap: unknown option --frobnicate", "sectormap: see 'sectormap --help'"], result.ErrorLines);
    }
}
