namespace SectorMap.Storage.Neo4j;

/// <summary>Which HTTP interface a server offers (ARCHITECTURE.md, Neo4j over HTTP).</summary>
public enum Neo4jApi
{
    /// <summary>3.x: <c>/db/data/transaction</c>.</summary>
    LegacyTransaction,

    /// <summary>4.x to 5.24: <c>/db/{db}/tx</c>.</summary>
    Transaction,

    /// <summary>5.25+ and Aura: the Query API, <c>/db/{db}/query/v2</c>.</summary>
    Query,
}
