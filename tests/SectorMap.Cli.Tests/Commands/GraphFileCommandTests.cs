using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

/// <summary><c>export</c> to GraphML and GEXF, and <c>import</c>/<c>validate</c> of them, through the command line.</summary>
public sealed class GraphFileCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("seeds.graphml")]
    [InlineData("seeds.gexf")]
    public async Task Seeds_ExportedThenImportedIntoAnEmptyStore_ExportTheSameJson(string file)
    {
        Assert.Equal(0, (await _cli.RunAsync("seed")).ExitCode);
        var original = await _cli.RunAsync("export", "-", "--include-personal");
        var export = await _cli.RunAsync("export", _cli.PathOf(file), "--include-personal");
        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("exported ", export.Error, StringComparison.Ordinal);

        _cli.Environment["SECTORMAP_STORE"] = $"sqlite:{_cli.PathOf("empty.db")}";
        var import = await _cli.RunAsync("import", _cli.PathOf(file));

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(original.Out, (await _cli.RunAsync("export", "-", "--include-personal")).Out);
    }

    [Theory]
    [InlineData("graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")]
    [InlineData("gexf", "<gexf xmlns=\"http://www.gexf.net/1.2draft\"")]
    public async Task Export_ToStdout_InTheFormatAskedFor(string format, string root)
    {
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.Write("g.json", Files.Valid))).ExitCode);

        var result = await _cli.RunAsync("export", "-", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(root, result.Out, StringComparison.Ordinal);
        Assert.Contains("STRiVE", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ailsa@example.org", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormatFollowsTheExtension()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.Write("g.json", Files.Valid))).ExitCode);

        Assert.Equal(0, (await _cli.RunAsync("export", _cli.PathOf("out.gexf"))).ExitCode);

        Assert.Contains("<gexf ", File.ReadAllText(_cli.PathOf("out.gexf")), StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.gexf.partial")));
    }

    [Fact]
    public async Task Validate_GraphMlWithAMistake_PrintsTheElementsLineAndColumn()
    {
        var path = _cli.Write("bad.graphml", """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="l" for="node" attr.name="label"/>
              <key id="n" for="node" attr.name="name"/>
              <graph edgedefault="directed">
                <node id="thm:a"><data key="l">Theem</data><data key="n">A</data></node>
              </graph>
            </graphml>
            """);

        var result = await _cli.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}:5:5: unknown label \"Theem\" (did you mean \"Theme\"?)", result.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileWithADoctype_IsRefused_AndNothingIsWritten()
    {
        var path = _cli.Write("xxe.gexf", """
            <?xml version="1.0"?>
            <!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <gexf xmlns="http://www.gexf.net/1.2draft"><graph><nodes><node id="thm:a" label="&xxe;"/></nodes></graph></gexf>
            """);

        var result = await _cli.RunAsync("import", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}:2:1: DTDs are not allowed", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("import: nothing was written", result.ErrorLines[^1]);
        Assert.Equal(2, result.ErrorLines.Length);
    }
}
