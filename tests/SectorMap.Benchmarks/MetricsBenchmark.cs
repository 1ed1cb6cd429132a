using System.Diagnostics;
using System.Globalization;
using SectorMap.Analysis.Graphs;
using SectorMap.Analysis.Metrics.Paths;
using SectorMap.Analysis.Views;
using SectorMap.Core.Generation;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Benchmarks;

/// <summary>
/// The metrics engine against python-igraph and NetworkX (Debian's python3-igraph and
/// python3-networkx), side by side in one run, as ratios (above 1 beats the target):
/// the whole <c>metrics</c> command against igraph computing the same measures from the same
/// GraphML file, process against process; exact betweenness alone against igraph's and
/// NetworkX's; and the representation view of a national-scale graph, its managed heap and the
/// time of its approximate betweenness.
/// </summary>
internal static class MetricsBenchmark
{
    public const string Name = "metrics";
    private const string Python = "/usr/bin/python3";

    public static int Run(string[] args)
    {
        var organisations = Arguments.Int(args, "--orgs", 200_000);
        var scripts = Path.Combine(Arguments.RepositoryRoot(), "tests", "SectorMap.Benchmarks", "Python");
        if (!File.Exists(Python) || RunProcess(Python, "-c", "import igraph, networkx").ExitCode != 0)
        {
            Console.Error.WriteLine("the metrics benchmark needs /usr/bin/python3 with igraph and networkx: apt-get install python3-igraph python3-networkx");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("sectormap-metrics-bench-").FullName;
        try
        {
            var rows = new List<string>();
            var ok = true;
            var ba10k = Generate(scripts, folder, 10_000);
            var ba20k = Generate(scripts, folder, 20_000);
            var ba3k = Generate(scripts, folder, 3_000);

            // 1. The whole command, every measure, process against process, from the same file.
            var cli = Path.Combine(AppContext.BaseDirectory, "sectormap.dll");
            var ours = Time(() => RunProcess("dotnet", cli, "metrics", "--input", ba10k, "--format", "csv", "--out", Path.Combine(folder, "ours.csv")));
            var theirs = Time(() => RunProcess(Python, Path.Combine(scripts, "igraph_metrics.py"), ba10k, Path.Combine(folder, "igraph.csv")));
            ok &= Row(rows, "whole metrics command, BA 10,000 nodes / 50,000 edges, vs igraph", theirs / ours, 2, $"{ours:F1} s vs igraph {theirs:F1} s");

            // 2. Exact betweenness alone, in process on both sides (the file read is not timed).
            var graph20k = Read(ba20k);
            Betweenness.Exact(Read(ba3k)); // JIT warm-up
            var ourBetweenness = Time(() => Betweenness.Exact(graph20k));
            var igraphBetweenness = double.Parse(RunProcess(Python, Path.Combine(scripts, "igraph_metrics.py"), ba20k, "--betweenness-only").Out, CultureInfo.InvariantCulture);
            ok &= Row(rows, "exact betweenness, BA 20,000 nodes / 100,000 edges, vs igraph", igraphBetweenness / ourBetweenness, 3, $"{ourBetweenness:F1} s vs igraph {igraphBetweenness:F1} s");

            var graph3k = Read(ba3k);
            var our3k = Time(() => Betweenness.Exact(graph3k));
            var networkx3k = double.Parse(RunProcess(Python, Path.Combine(scripts, "networkx_betweenness.py"), ba3k).Out, CultureInfo.InvariantCulture);
            ok &= Row(rows, "exact betweenness, BA 3,000 nodes, vs NetworkX", networkx3k / our3k, 50, $"{our3k:F2} s vs NetworkX {networkx3k:F1} s");

            // 3. National scale: the representation view's heap, and its approximate betweenness.
            var (viewBytes, peakBytes, estimateSeconds, nodes, edges, samples) = National(organisations);
            ok &= Row(rows, $"representation view of {organisations:N0} organisations ({nodes:N0} nodes, {edges:N0} edges), managed heap", 1e9 / peakBytes, 1, $"{viewBytes / 1e6:F0} MB retained, {peakBytes / 1e6:F0} MB peak while estimating");
            ok &= Row(rows, "approximate betweenness of that view (ε 0.01, δ 0.1)", 60 / estimateSeconds, 1, $"{estimateSeconds:F1} s, {samples:N0} samples");

            Console.WriteLine();
            Console.WriteLine("| figure | measured | target | ratio |");
            Console.WriteLine("|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
            return ok ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Generate(string scripts, string folder, int nodes)
    {
        var path = Path.Combine(folder, $"ba{nodes}.graphml");
        var result = RunProcess(Python, Path.Combine(scripts, "generate_ba.py"), nodes.ToString(CultureInfo.InvariantCulture), "5", path);
        return result.ExitCode == 0 ? path : throw new InvalidOperationException($"generate_ba.py failed: {result.Error}");
    }

    private static CsrGraph Read(string path) => DocumentView.From(GraphMlReader.Read(File.ReadAllBytes(path), path)).Graph;

    private static (long ViewBytes, long PeakBytes, double Seconds, int Nodes, int Edges, int Samples) National(int organisations)
    {
        var clock = Stopwatch.StartNew();
        var view = GraphViewBuilder.Build(SectorGraphGenerator.Generate(new GeneratorOptions(organisations, 1)), ViewKind.Representation);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {organisations:N0} organisations and built the representation view in {clock.Elapsed.TotalSeconds:F1} s"));

        // The snapshot is garbage now: what stays is the view.
        var viewBytes = GC.GetTotalMemory(forceFullCollection: true);
        var peak = viewBytes;
        using var done = new ManualResetEventSlim();
        var watcher = new Thread(() =>
        {
            while (!done.Wait(20))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
            }
        });
        watcher.Start();
        clock.Restart();
        var estimate = SampledBetweenness.Estimate(view.Graph, 0.01, 0.9);
        var seconds = clock.Elapsed.TotalSeconds;
        done.Set();
        watcher.Join();
        return (viewBytes, Math.Max(peak, GC.GetTotalMemory(false)), seconds, view.Graph.NodeCount, view.Graph.EdgeCount, estimate.Sampling.Samples);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Time(Func<(int ExitCode, string Out, string Error)> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        return result.ExitCode == 0 ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"a benchmark process failed: {result.Error}");
    }

    private static bool Row(List<string> rows, string figure, double ratio, double target, string shown)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"| {figure} | {shown} | ≥ {target}x | {ratio:F1}x{(ratio >= target ? string.Empty : " MISSED")} |");
        Console.WriteLine(line);
        rows.Add(line);
        return ratio >= target;
    }

    private static (int ExitCode, string Out, string Error) RunProcess(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result.Trim(), error);
    }
}
