namespace SectorMap.Tests.Common.Neo4j;

/// <summary>Every test that talks to the one Neo4j server runs in this collection, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jServerGroup : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j";
}
