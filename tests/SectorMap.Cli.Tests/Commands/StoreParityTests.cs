using System.Diagnostics;
using SectorMap.Cli.Tests.TestSupport;
using SectorMap.Tests.Common.Neo4j;

namespace SectorMap.Cli.Tests.Commands;

/// <summary>The same commands on SQLite and on the real Neo4j give the same bytes; sync copies exactly.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class StoreParityTests(Neo4jServerFixture server) : IAsyncLifetime, IDisposable
{
    private readonly CliRunner _cli = new();

    private string Neo4j => $"neo4j:{server.Server.ToString().TrimEnd('/')}";

    private string Sqlite => $"sqlite:{_cli.StorePath}";

    public async Task InitializeAsync()
    {
        await server.ClearAsync();
        _cli.Environment["SECTORMAP_NEO4J_PASSWORD"] = server.Password;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _cli.Dispose();

    private async Task<(CliResult Sqlite, CliResult Neo4j)> OnBothAsync(params string[] args)
    {
        var onSqlite = await _cli.RunAsync([.. args, "--store", Sqlite]);
        var onNeo4j = await _cli.RunAsync([.. args, "--store", Neo4j]);
        Assert.Equal(0, onSqlite.ExitCode);
        Assert.Equal(0, onNeo4j.ExitCode);
        return (onSqlite, onNeo4j);
    }

    [Fact]
    public async Task EveryCommand_GivesTheSameOutput_OnBothStores()
    {
        var file = _cli.Write("g.json", Files.Valid);
        string[][] commands =
        [
            ["seed"],
            ["import", "--dry-run", file],
            ["import", file],
            ["import", file],
            ["export", "-"],
            ["export", "-", "--include-personal"],
            ["export", "-", "--as-of", "2017-06-01"],
            ["export", "-", "--as-of", "2018-12-01"],
            ["metrics", "--as-of", "2017-06-01"],
            ["metrics", "--view", "full", "--format", "csv", "--as-of", "2018-12-01"],
            ["seed", "southend"],
        ];

        foreach (var command in commands)
        {
            var (onSqlite, onNeo4j) = await OnBothAsync(command);
            Assert.False(string.IsNullOrWhiteSpace(onSqlite.Out), string.Join(' ', command));
            Assert.True(onSqlite.Out == onNeo4j.Out, $"{string.Join(' ', command)} differs:\nSQLite: {Head(onSqlite.Out)}\nNeo4j:  {Head(onNeo4j.Out)}");
        }
    }

    [Fact]
    public async Task Sync_SqliteToNeo4jAndBack_CopiesTheGraphExactly()
    {
        Assert.Equal(0, (await _cli.RunAsync("seed", "--store", Sqlite)).ExitCode);
        var copy = $"sqlite:{_cli.PathOf("copy.db")}";

        var there = await _cli.RunAsync("sync", "--from", Sqlite, "--to", Neo4j);
        var back = await _cli.RunAsync("sync", "--from", Neo4j, "--to", copy);

        Assert.Equal(0, there.ExitCode);
        Assert.Equal(0, back.ExitCode);
        Assert.Contains($"{Sqlite} -> {Neo4j}: nodes: 195 created", there.Out, StringComparison.Ordinal);
        var original = (await _cli.RunAsync("export", "-", "--include-personal", "--store", Sqlite)).Out;
        Assert.Equal(original, (await _cli.RunAsync("export", "-", "--include-personal", "--store", Neo4j)).Out);
        Assert.Equal(original, (await _cli.RunAsync("export", "-", "--include-personal", "--store", copy)).Out);
    }

    [Fact]
    public async Task UnreachableNeo4j_ExitsThreeWithOneLineNamingTheAddress_WithinAMinute()
    {
        var dead = $"http://127.0.0.1:{Neo4jServerFixture.FreePort()}";
        var clock = Stopwatch.StartNew();

        var result = await _cli.RunAsync("export", "-", "--store", $"neo4j:{dead}");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("store: ", line, StringComparison.Ordinal);
        Assert.Contains(dead, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongNeo4jPassword_IsOneLine_WithoutThePassword()
    {
        var result = await _cli.RunAsync("export", "-", "--store", Neo4j, "--neo4j-password", "Wr0ng-Pa55word");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal([$"store: Neo4j at {server.Server} refused user \"neo4j\": wrong user name or password"], result.ErrorLines);
        Assert.DoesNotContain("Wr0ng-Pa55word", result.Error + result.Out, StringComparison.Ordinal);
    }

    private static string Head(string text) => text.Length > 400 ? text[..400] : text;
}
