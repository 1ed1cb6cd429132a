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

        // GraphImporter's two halves, timed one by one so the figures say where time goes.
        var importer = new GraphImporter(store);
        var (report, _) = await importer.ValidateAsync(batch);
        if (report.Batch is null)
        {
            Console.Error.WriteLine(string.Join("\n", report.Errors.Take(10)));
            return 1;
        }

        var validated = clock.Elapsed;
        await store.ApplyAsync(report.Batch);
        var imported = clock.Elapsed;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {read.TotalSeconds:F1} s, validate {(validated - read).TotalSeconds:F1} s, write {(imported - validated).TotalSeconds:F1} s"));
        batch = null;
        report = null;
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
