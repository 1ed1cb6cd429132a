using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace SectorMap.Tests.Common.Neo4j;

/// <summary>
/// The real Neo4j 3.1.1 the tests run against. test.sh starts one and says where in
/// SECTORMAP_TEST_NEO4J_URL and SECTORMAP_TEST_NEO4J_PASSWORD; run alone (dotnet test), the
/// fixture starts one itself with the same script and stops it afterwards.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private string? _ownFolder;

    public Uri Server { get; private set; } = null!;

    public string Password { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("SECTORMAP_TEST_NEO4J_URL");
        if (!string.IsNullOrEmpty(url))
        {
            Server = new Uri(url);
            Password = Environment.GetEnvironmentVariable("SECTORMAP_TEST_NEO4J_PASSWORD") ?? throw new InvalidOperationException("SECTORMAP_TEST_NEO4J_PASSWORD is not set");
            return;
        }

        _ownFolder = Path.Combine(Path.GetTempPath(), $"sectormap-neo4j-{Environment.ProcessId}");
        var http = FreePort();
        Password = "fixture-" + Guid.NewGuid().ToString("N")[..12];
        await RunScriptAsync("start", _ownFolder, http.ToString(System.Globalization.CultureInfo.InvariantCulture), FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), Password);
        Server = new Uri($"http://127.0.0.1:{http}");
    }

    public async Task DisposeAsync()
    {
        if (_ownFolder is not null)
        {
            await RunScriptAsync("stop", _ownFolder);
        }
    }

    /// <summary>Empties the database between tests.</summary>
    public async Task ClearAsync()
    {
        using var client = new HttpClient { BaseAddress = Server };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}")));
        using var body = new StringContent("""{"statements":[{"statement":"MATCH (n) DETACH DELETE n"}]}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/db/data/transaction/commit", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"errors\":[]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tests", "tools", "neo4j-server.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"neo4j-server.sh {args[0]} failed: {error}");
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
