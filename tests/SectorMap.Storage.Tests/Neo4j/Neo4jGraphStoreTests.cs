using SectorMap.Tests.Common.Neo4j;
using SectorMap.Core.Storage;
using SectorMap.Storage.Neo4j;
using SectorMap.Storage.Tests.Contracts;

namespace SectorMap.Storage.Tests.Neo4j;

/// <summary>The store contract, unchanged, on the real Neo4j 3.1.1 server.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jGraphStoreTests(Neo4jServerFixture server) : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await server.ClearAsync();
        return new Neo4jGraphStore(server.Settings());
    }
}
