using Microsoft.Data.Sqlite;
using SectorMap.Core.Storage;
using SectorMap.Storage.Sqlite;
using SectorMap.Storage.Tests.Contracts;
using SectorMap.Storage.Tests.TestSupport;

namespace SectorMap.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file, plus what only the SQLite store has.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sectormap-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "store.db");

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(SqliteGraphStore.Open(DatabasePath));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Open_UsesWriteAheadLogAndTheLatestSchema()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Open_ExistingFile_KeepsItsGraph()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        await Store.DisposeAsync();

        await using var reopened = SqliteGraphStore.Open(DatabasePath);

        Assert.Equal(13, (await reopened.CountAsync()).Nodes);
    }

    [Fact]
    public async Task Apply_FailingPartWay_RollsBackEverything()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Graph("""{"id": "thm:old", "label": "Theme", "name": "Old"}""")));
        Exec("CREATE TRIGGER fail_late BEFORE INSERT ON relationships WHEN NEW.to_id = 'area:scot' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        await Assert.ThrowsAsync<SqliteException>(() => Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample)));

        var snapshot = await Store.GetSnapshotAsync();
        Assert.Equal(["thm:old"], snapshot.Nodes.Select(n => n.Id));
        Assert.Empty(snapshot.Relationships);
    }

    [Fact]
    public async Task Open_FileFromANewerVersion_IsRefusedClearly()
    {
        await Store.DisposeAsync();
        Exec("PRAGMA user_version = 99");

        var ex = Assert.Throws<StoreUnavailableException>(() => SqliteGraphStore.Open(DatabasePath));

        Assert.Contains("newer SectorMap (store schema 99; this version knows up to 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_IsRefusedClearly()
    {
        var path = Path.Combine(_folder, "notes.db");
        File.WriteAllText(path, "these are not the pages you are looking for, padded to look like a header.....");

        var ex = Assert.Throws<StoreUnavailableException>(() => SqliteGraphStore.Open(path));

        Assert.StartsWith($"cannot open the SQLite store at {path}", ex.Message, StringComparison.Ordinal);
    }

    private void Exec(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
