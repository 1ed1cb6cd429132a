using System.Text.Json;
using SectorMap.Core.Schema.Files;
using SectorMap.Storage.Neo4j;
using SectorMap.Storage.Tests.Neo4j.Recorded;

namespace SectorMap.Storage.Tests.Neo4j;

public class Neo4jDiscoveryTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Discover_3x_NeedsTheDataDocument_ThenUsesTheLegacyTransactionEndpoint()
    {
        Assert.Null(Neo4jDiscovery.FromRoot(Json(Documents.Root31), "neo4j"));
        Assert.Equal("/db/data/", Neo4jDiscovery.DataPath(Json(Documents.Root31)));

        var endpoint = Neo4jDiscovery.FromData(Json(Documents.Data31));

        Assert.Equal(new Neo4jEndpoint("3.1.1", Neo4jApi.LegacyTransaction, "/db/data/transaction"), endpoint);
        Assert.Equal(Neo4jGeneration.V3, endpoint.Generation);
    }

    [Theory]
    [InlineData(Documents.Root44, "4.4.0")]
    [InlineData(Documents.Root519, "5.19.0")]
    public void Discover_4xAnd5x_UseTheDatabasesTransactionEndpoint(string root, string version)
    {
        var endpoint = Neo4jDiscovery.FromRoot(Json(root), "sector data");

        Assert.Equal(new Neo4jEndpoint(version, Neo4jApi.Transaction, "/db/sector%20data/tx"), endpoint);
        Assert.Equal(Neo4jGeneration.V4Plus, endpoint!.Generation);
    }

    [Fact]
    public void Discover_QueryApi_IsPreferredWhereOffered()
    {
        var endpoint = Neo4jDiscovery.FromRoot(Json(Documents.RootQueryApi), "neo4j");

        Assert.Equal(new Neo4jEndpoint("5.26.0", Neo4jApi.Query, "/db/neo4j/query/v2"), endpoint);
    }

    [Fact]
    public void Discover_SomethingElse_SaysItIsNotNeo4j()
    {
        var ex = Assert.Throws<Neo4jTransportException>(() => Neo4jDiscovery.FromRoot(Json("""{"hello": "world"}"""), "neo4j"));
        Assert.Contains("is this Neo4j?", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.5.35", Neo4jGeneration.V3)]
    [InlineData("4.3.2", Neo4jGeneration.V3)]
    [InlineData("4.4.0", Neo4jGeneration.V4Plus)]
    [InlineData("5.26.0", Neo4jGeneration.V4Plus)]
    [InlineData("2025.01.0", Neo4jGeneration.V4Plus)]
    public void Generation_FollowsTheVersion(string version, Neo4jGeneration generation)
    {
        Assert.Equal(generation, new Neo4jEndpoint(version, Neo4jApi.Transaction, "/").Generation);
    }
}
