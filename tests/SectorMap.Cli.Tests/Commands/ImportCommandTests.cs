using SectorMap.Cli.Tests.TestSupport;

namespace SectorMap.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_ThenAgain_CreatesThenChangesNothing()
    {
        var path = _cli.Write("g.json", Files.Valid);

        var first = await _cli.RunAsync("import", path);
        var second = await _cli.RunAsync("import", path);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("nodes: 3 created, 0 updated, 0 unchanged; relationships: 2 created, 0 updated, 0 unchanged", first.Out.Trim());
        Assert.Equal("nodes: 0 created, 0 updated, 3 unchanged; relationships: 0 created, 0 updated, 2 unchanged", second.Out.Trim());
    }

    [Fact]
    public async Task Import_ShowsProgressOnATerminal_AndStaysQuietInAPipe()
    {
        var path = _cli.Write("g.json", Files.Valid);

        var piped = await _cli.RunAsync("import", path);
        _cli.ErrorIsTerminal = true;
        var onTerminal = await _cli.RunAsync("import", path);

        Assert.Empty(piped.Error);
        Assert.Contains("\r\u001b[Kvalidating and writing 3 nodes and 2 relationships…", onTerminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", onTerminal.Error, StringComparison.Ordinal);
        Assert.StartsWith("nodes: 0 created, 0 updated, 3 unchanged", onTerminal.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InvalidFile_WritesNothing_ExitsOne()
    {
        var result = await _cli.RunAsync("import", _cli.Write("g.json", Files.Valid), _cli.Write("bad.json", Files.Invalid));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("import: nothing was written", result.ErrorLines[^1]);
        var export = await _cli.RunAsync("export", "-");
        Assert.Contains("\"nodes\": []", export.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRun_CountsAndWritesNothing()
    {
        var result = await _cli.RunAsync("import", "--dry-run", _cli.Write("g.json", Files.Valid));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("dry run: 3 nodes (3 new, 0 already stored) and 2 relationships are valid; nothing was written", result.Out.Trim());
        Assert.Contains("\"nodes\": []", (await _cli.RunAsync("export", "-")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CsvFolder_IsRead()
    {
        _cli.Write("pair/nodes.csv", "id,label,name\nthm:a,Theme,A\ntg:b,ThematicGroup,B\n");
        _cli.Write("pair/relationships.csv", "type,from,to\nCOVERS,tg:b,thm:a\n");

        var result = await _cli.RunAsync("import", _cli.PathOf("pair"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("nodes: 2 created", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InferredSector_IsAWarningOnStderr()
    {
        var result = await _cli.RunAsync("import", _cli.Write("g.json", """{"nodes": [{"id": "org:a", "label": "Organisation", "name": "A", "kind": "police"}]}"""));

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("g.json#/nodes/0/sector: warning: sector not given; inferred \"public\" from kind \"police\"", result.ErrorLines.Single());
    }

    [Fact]
    public async Task Import_StoreThatCannotBeOpened_ExitsThree()
    {
        var blocker = _cli.Write("file-not-folder", "x");

        var result = await _cli.RunAsync("import", "--store", $"sqlite:{blocker}/store.db", _cli.Write("g.json", Files.Valid));

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("store: cannot open the SQLite store at", result.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://x")]
    [InlineData("sqlite:")]
    [InlineData("neo4j:ftp://host")]
    public async Task Import_UnknownStore_IsAUsageError(string store)
    {
        var result = await _cli.RunAsync("import", "--store", store, _cli.Write("g.json", Files.Valid));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"sectormap: unknown store \"{store}\": use sqlite:<path> or neo4j:http://host:7474", result.ErrorLines.Single());
    }

    [Fact]
    public async Task Import_StoreFromEnvironment_IsUsedWhenNoFlag()
    {
        var other = _cli.PathOf("other.db");
        _cli.Environment["SECTORMAP_STORE"] = $"sqlite:{other}";

        await _cli.RunAsync("import", _cli.Write("g.json", Files.Valid));

        Assert.True(File.Exists(other));
        Assert.False(File.Exists(_cli.StorePath));
    }
}
