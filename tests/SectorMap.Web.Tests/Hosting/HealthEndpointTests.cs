using System.Net;
using System.Text.Json;
using SectorMap.Tests.Common.Neo4j;

namespace SectorMap.Web.Tests.Hosting;

[Collection(Neo4jServerGroup.Name)]
public sealed class HealthEndpointTests(Neo4jServerFixture server)
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(SectorMapAppFactory app)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Health_OnSqlite_NamesTheFileAndCounts()
    {
        await using var app = new SectorMapAppFactory(seed: true);

        var (status, body) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"sqlite:{app.DatabasePath}", body.GetProperty("store").GetString());
        Assert.Equal("answering", body.GetProperty("status").GetString());
        Assert.Equal(195, body.GetProperty("nodes").GetInt32());
    }

    [Fact]
    public async Task Health_OnNeo4j_AnswersAfterSeedingAnEmptyServer()
    {
        await server.ClearAsync();
        var store = $"neo4j:{server.Server.ToString().TrimEnd('/')}";
        await using var app = new SectorMapAppFactory(seed: true, store, server.Password);

        var (status, body) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(store, body.GetProperty("store").GetString());
        Assert.Equal(195, body.GetProperty("nodes").GetInt32());
        Assert.Equal(579, body.GetProperty("relationships").GetInt32());
    }

    [Fact]
    public async Task Health_OnADeadNeo4j_Is503WithTheReason_AndThePageSaysSo()
    {
        var dead = $"http://127.0.0.1:{Neo4jServerFixture.FreePort()}";
        await using var app = new SectorMapAppFactory(seed: true, $"neo4j:{dead}", "whatever-password");

        var (status, body) = await HealthAsync(app);
        using var client = app.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains(dead, body.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"store-problem\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("whatever-password", page + body, StringComparison.Ordinal);
    }
}
