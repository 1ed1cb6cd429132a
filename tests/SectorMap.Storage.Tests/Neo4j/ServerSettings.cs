using SectorMap.Storage.Neo4j;
using SectorMap.Tests.Common.Neo4j;

namespace SectorMap.Storage.Tests.Neo4j;

/// <summary>Store settings for the test server.</summary>
internal static class ServerSettings
{
    public static Neo4jSettings Settings(this Neo4jServerFixture server) => new(server.Server, "neo4j", server.Password);
}
