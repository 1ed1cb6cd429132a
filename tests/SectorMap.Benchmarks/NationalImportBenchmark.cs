using System.Diagnostics;
using System.Globalization;
using SectorMap.Core.Generation;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Json;

namespace SectorMap.Benchmarks;

/// <summary>
/// Issue 2's targets at national scale: generate 200,000 organisations (~1,000,000 relationships),
/// import them into a new SQLite store, take a snapshot back. Prints each figure beside its target
/// as a ratio (above 1 is better than the target) and exits 1 if a target is missed.
/// </summary>
internal static class NationalImportBenchmark
{
    private const double TargetRelationshipsPerSecond = 100_000;
    private const double TargetSnapshotSeconds = 10;
    private const double TargetPeakBytes = 2L * 1024 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var organisations = Arguments.Int(args, "--orgs", 200_000);
        var seed = Arguments.Int(args, "--seed", 1);
        var folder = Directory.CreateTempSubdirectory("sectormap-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "national.json");
            var clock = Stopwatch.StartNew();
            var graph = SectorGraphGenerator.Generate(new GeneratorOptions(organisations, seed));
            await using (var stream = File.Create(file))
            {
                InterchangeJsonWriter.Write(stream, graph, new ExportOptions(IncludePersonal: true));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {graph.Nodes.Count:N0} nodes and {graph.Relationships.Count:N0} relationships ({new FileInfo(file).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s"));
            graph = null;

            var phase = RunChild(file, Path.Combine(folder, "national.db"));
            if (phase is null)
            {
                return 1;
            }

            var (read, imported, snapshot, peak, nodes, relationships) = phase.Value;
            var rate = relationships / imported;
            Console.WriteLine();
            Console.WriteLine("| figure | measured | target | ratio |");
            Console.WriteLine("|---|---|---|---|");
            var ok = Row("import (read, validate, write), relationships/s", rate, TargetRelationshipsPerSecond, higherIsBetter: true, $"{rate:N0} ({imported:F1} s; reading {read:F1} s)", "100,000");
            ok &= Row("snapshot of the whole graph, s", snapshot, TargetSnapshotSeconds, higherIsBetter: false, $"{snapshot:F1} ({nodes:N0} nodes, {relationships:N0} relationships)", "< 10");
            ok &= Row("peak memory of import + snapshot, GB", peak / 1e9, TargetPeakBytes / 1e9, higherIsBetter: false, $"{peak / 1e9:F2}", "< 2.15");
            return ok ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Row(string figure, double measured, double target, bool higherIsBetter, string shown, string targetText)
    {
        var ratio = higherIsBetter ? measured / target : target / measured;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {figure} | {shown} | {targetText} | {ratio:F2}x{(ratio >= 1 ? string.Empty : " MISSED")} |"));
        return ratio >= 1;
    }

    private static (double Read, double Imported, double Snapshot, long Peak, int Nodes, int Relationships)? RunChild(string file, string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { typeof(NationalImportBenchmark).Assembly.Location, ImportPhase.Name, file, database })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            Console.Error.WriteLine("the import phase failed");
            return null;
        }

        var f = output.Trim().Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return (D(0), D(1), D(2), long.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture));
    }
}
