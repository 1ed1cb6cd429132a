using System.Text.Json;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// Reads the discovery documents: <c>GET /</c> names the Query API (<c>query</c>) on 5.25+ and Aura
/// and the transaction endpoint (<c>transaction</c>) on 4.x and 5.x; a 3.x server names only
/// <c>data</c>, whose document (<c>GET /db/data/</c>) has the transaction endpoint and version.
/// The addresses in them are the server's own idea of its host; only their paths are kept, so
/// that a proxy or a port mapping in between keeps working.
/// </summary>
public static class Neo4jDiscovery
{
    /// <returns>The endpoint, or null when the root document points to a 3.x data document to read next.</returns>
    public static Neo4jEndpoint? FromRoot(JsonElement root, string database)
    {
        var version = root.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "unknown" : "unknown";
        if (root.TryGetProperty("query", out var query) && query.GetString() is { } queryTemplate)
        {
            return new Neo4jEndpoint(version, Neo4jApi.Query, PathOf(queryTemplate, database));
        }

        if (root.TryGetProperty("transaction", out var transaction) && transaction.GetString() is { } transactionTemplate)
        {
            return new Neo4jEndpoint(version, Neo4jApi.Transaction, PathOf(transactionTemplate, database));
        }

        return root.TryGetProperty("data", out _)
            ? null
            : throw new Neo4jTransportException("the server's discovery document names neither a transaction endpoint nor a data endpoint: is this Neo4j?");
    }

    /// <summary>The 3.x data document (<c>GET /db/data/</c>).</summary>
    public static Neo4jEndpoint FromData(JsonElement data)
    {
        var version = data.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "3" : "3";
        var transaction = data.TryGetProperty("transaction", out var t) ? t.GetString() : null;
        return new Neo4jEndpoint(version, Neo4jApi.LegacyTransaction, transaction is null ? "/db/data/transaction" : PathOf(transaction, "neo4j"));
    }

    /// <summary>The data document's address from the root document, as a path.</summary>
    public static string DataPath(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.GetString() is { } address ? PathOf(address, "neo4j") : "/db/data/";

    private static string PathOf(string address, string database)
    {
        var filled = address.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
        return Uri.TryCreate(filled, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : filled;
    }
}
