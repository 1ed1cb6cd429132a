namespace SectorMap.Core.Schema.Files;

/// <summary>Neo4j generations whose schema statements differ (ARCHITECTURE.md, Neo4j over HTTP).</summary>
public enum Neo4jGeneration
{
    /// <summary>3.x: <c>CREATE CONSTRAINT ON … ASSERT</c>.</summary>
    V3,

    /// <summary>4.4 and 5.x: <c>CREATE CONSTRAINT name IF NOT EXISTS FOR … REQUIRE</c>.</summary>
    V4Plus,
}
