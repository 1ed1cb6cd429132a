using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using SectorMap.Core.Generation;
using SectorMap.Core.Validation;
using SectorMap.Storage.Neo4j;

namespace SectorMap.Benchmarks;

/// <summary>
/// Issue 3's targets on the real Neo4j 3.1.1: a generated graph of 20,000 organisations written in
/// batched UNWIND statements, against one request per row; rows a second for each, their ratio
/// (target: batched at least 50 times faster, and at least 10,000 relationships a second), and the
/// time to take the whole snapshot back. Uses the server in SECTORMAP_TEST_NEO4J_URL, or starts one.
/// The per-row baseline is what a naive client does: the same statement shapes, one row per
/// request, each request its own (autocommit) transaction. It runs on a smaller graph of the same
/// shape (--per-row-orgs, default 2,000): rows a second do not depend on the graph's size, and the
/// full graph one row at a time takes many minutes.
/// </summary>
internal static class Neo4jImportBenchmark
{
    public const string Name = "neo4j";

    public static async Task<int> RunAsync(string[] args)
    {
        var organisations = Arguments.Int(args, "--orgs", 20_000);
        var perRowOrganisations = Arguments.Int(args, "--per-row-orgs", 2_000);
        await using var server = await BenchmarkServer.StartAsync();

        var batched = Validated(organisations);
        var perRow = Validated(perRowOrganisations);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Neo4j {server.Url}: batched graph {batched.Nodes.Count:N0} nodes + {batched.Relationships.Count:N0} relationships; per-row graph {perRow.Nodes.Count:N0} + {perRow.Relationships.Count:N0}"));

        var (batchedSeconds, snapshotSeconds) = await WriteBatchedAsync(server, batched);
        var perRowSeconds = await WritePerRowAsync(server, perRow);

        var batchedRate = (batched.Nodes.Count + batched.Relationships.Count) / batchedSeconds;
        var relationshipRate = batched.Relationships.Count / batchedSeconds;
        var perRowRate = (perRow.Nodes.Count + perRow.Relationships.Count) / perRowSeconds;
        Console.WriteLine();
        Console.WriteLine("| figure | measured | target | ratio |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| batched, rows/s (nodes + relationships) | {batchedRate:N0} ({batchedSeconds:F1} s) | | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| one autocommit request per row, rows/s | {perRowRate:N0} ({perRowSeconds:F1} s) | | |"));
        var ok = Row("batched / per-row", batchedRate / perRowRate, 50, "x", "≥ 50x");
        ok &= Row("batched, relationships/s", relationshipRate, 10_000, string.Empty, "≥ 10,000");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| snapshot of the batched graph, s | {snapshotSeconds:F1} | | |"));
        return ok ? 0 : 1;
    }

    private static ValidatedBatch Validated(int organisations)
    {
        var graph = SectorGraphGenerator.Generate(new GeneratorOptions(organisations, Seed: 3));
        return BatchValidator.Validate(SnapshotSource.ToBatch(graph, "generated")).Batch!;
    }

    private static Neo4jSettings Settings(BenchmarkServer server) =>
        new(server.Url, "neo4j", server.Password) { RequestTimeout = TimeSpan.FromMinutes(5) };

    private static async Task<(double Write, double Snapshot)> WriteBatchedAsync(BenchmarkServer server, ValidatedBatch batch)
    {
        await server.ClearAsync();
        await using var store = new Neo4jGraphStore(Settings(server));
        await store.ApplyAsync(BatchValidator.Validate(SnapshotSource.ToBatch(new([], []), "empty")).Batch!); // discovery and schema are not part of the figure
        var clock = Stopwatch.StartNew();
        await store.ApplyAsync(batch);
        var write = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var snapshot = await store.GetSnapshotAsync();
        if (snapshot.Relationships.Count != batch.Relationships.Count)
        {
            throw new InvalidOperationException($"the snapshot holds {snapshot.Relationships.Count} relationships, not {batch.Relationships.Count}");
        }

        return (write, clock.Elapsed.TotalSeconds);
    }

    /// <summary>One autocommit request per node and per relationship, in the store's statement shapes.</summary>
    private static async Task<double> WritePerRowAsync(BenchmarkServer server, ValidatedBatch batch)
    {
        await server.ClearAsync();
        using var client = new Neo4jClient(Settings(server));
        await client.RunAsync([new Neo4jStatement("RETURN 1")], default);
        var clock = Stopwatch.StartNew();
        foreach (var node in batch.Nodes)
        {
            await client.RunAsync([new Neo4jStatement(Neo4jCypher.MergeNodes(node.Label), Neo4jRows.Rows([node], Neo4jRows.WriteNodeRow))], default);
        }

        foreach (var rel in batch.Relationships)
        {
            var cypher = Neo4jCypher.CreateRelationships(rel.Type, batch.LabelOf(rel.From), batch.LabelOf(rel.To));
            await client.RunAsync([new Neo4jStatement(cypher, Neo4jRows.Rows([rel], Neo4jRows.WriteRelationshipRow))], default);
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static bool Row(string figure, double measured, double target, string unit, string targetText)
    {
        var ratio = measured / target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {figure} | {measured:N1}{unit} | {targetText} | {ratio:F2}x{(ratio >= 1 ? string.Empty : " MISSED")} |"));
        return ratio >= 1;
    }

    /// <summary>The server to measure: test.sh's, or one started here from tests/tools/neo4j-server.sh.</summary>
    private sealed class BenchmarkServer : IAsyncDisposable
    {
        private string? _folder;

        public Uri Url { get; private set; } = null!;

        public string Password { get; private set; } = string.Empty;

        public static async Task<BenchmarkServer> StartAsync()
        {
            var server = new BenchmarkServer();
            var url = Environment.GetEnvironmentVariable("SECTORMAP_TEST_NEO4J_URL");
            if (!string.IsNullOrEmpty(url))
            {
                server.Url = new Uri(url);
                server.Password = Environment.GetEnvironmentVariable("SECTORMAP_TEST_NEO4J_PASSWORD") ?? string.Empty;
                return server;
            }

            server._folder = Path.Combine(Path.GetTempPath(), $"sectormap-bench-neo4j-{Environment.ProcessId}");
            server.Password = "bench-" + Guid.NewGuid().ToString("N")[..10];
            var http = FreePort();
            await Script("start", server._folder, http.ToString(CultureInfo.InvariantCulture), FreePort().ToString(CultureInfo.InvariantCulture), server.Password);
            server.Url = new Uri($"http://127.0.0.1:{http}");
            return server;
        }

        /// <summary>Deletes everything, a chunk at a time so that no one transaction grows too large.</summary>
        public async Task ClearAsync()
        {
            using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}")));
            while (true)
            {
                using var body = new StringContent("""{"statements":[{"statement":"MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)"}]}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("/db/data/transaction/commit", UriKind.Relative), body);
                var text = await response.Content.ReadAsStringAsync();
                if (text.Contains("\"row\":[0]", StringComparison.Ordinal))
                {
                    return;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_folder is not null)
            {
                await Script("stop", _folder);
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task Script(params string[] args)
        {
            var start = new ProcessStartInfo("bash");
            start.ArgumentList.Add(Path.Combine(Arguments.RepositoryRoot(), "tests", "tools", "neo4j-server.sh"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"neo4j-server.sh {args[0]} failed");
            }
        }
    }
}
