using System.Diagnostics;
using System.Globalization;
using SectorMap.Core.Import;
using SectorMap.Core.Interchange;
using SectorMap.Storage.Sqlite;

namespace SectorMap.Benchmarks;

/// <summary>
/// The measured part, run in a child process of its own so that its peak memory is the import's
/// and the snapshot's alone, not the generator's: read and validate the file, write it to a new
/// SQLite store, take the snapshot back.
/// </summary>
internal static class ImportPhase
{
    public const string Name = "import-phase";

    public static async Task<int> RunAsync(string file, string database)
    {
        var clock = Stopwatch.StartNew();
        var batch = GraphFileReader.Read([file], GraphFormat.Json);
        var read = clock.Elapsed;
        await using var store = SqliteGraphStore.Open(database);
        var result = await new GraphImporter(store).ImportAsync(batch);
        if (result.Applied is null)
        {
            Console.Error.WriteLine(string.Join("\n", result.Report.Errors.Take(10)));
            return 1;
        }

        var imported = clock.Elapsed;
        batch = null;
        result = null;
        GC.Collect();
        clock.Restart();
        var snapshot = await store.GetSnapshotAsync();
        var snapshotTime = clock.Elapsed;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{read.TotalSeconds} {imported.TotalSeconds} {snapshotTime.TotalSeconds} {self.PeakWorkingSet64} {snapshot.Nodes.Count} {snapshot.Relationships.Count}"));
        return 0;
    }
}
