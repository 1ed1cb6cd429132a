namespace SectorMap.Storage.Tests.Neo4j.Recorded;

/// <summary>
/// Response documents of the Neo4j generations that cannot run here, written from the shapes in
/// Neo4j's own documentation (HTTP API 4.4 and 5.x, Query API), plus the 3.1.1 documents as the
/// real server here returns them. The only place where a recorded response stands in for a server.
/// </summary>
internal static class Documents
{
    public const string Root31 = """
        {"management": "http://localhost:7474/db/manage/", "data": "http://localhost:7474/db/data/", "bolt": "bolt://localhost:7687"}
        """;

    public const string Data31 = """
        {"extensions": {}, "node": "http://localhost:7474/db/data/node", "transaction": "http://localhost:7474/db/data/transaction", "neo4j_version": "3.1.1"}
        """;

    public const string Root44 = """
        {"bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct": "bolt://localhost:7687", "neo4j_version": "4.4.0", "neo4j_edition": "enterprise"}
        """;

    public const string Root519 = """
        {"bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.19.0", "neo4j_edition": "enterprise"}
        """;

    public const string RootQueryApi = """
        {"bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
         "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
         "neo4j_version": "5.26.0", "neo4j_edition": "enterprise"}
        """;

    /// <summary>POST /db/neo4j/tx/18 (HTTP API 4.4, "Run queries inside a transaction").</summary>
    public const string TransactionResults = """
        {"results": [{"columns": ["n"], "data": [{"row": [{}], "meta": [{"id": 12, "type": "node", "deleted": false}]}]}],
         "errors": [], "commit": "http://localhost:7474/db/neo4j/tx/18/commit", "transaction": {"expires": "Mon, 20 Sep 2021 07:57:38 GMT"}}
        """;

    /// <summary>An error in the transactional endpoint: HTTP 200 with an errors array.</summary>
    public const string TransactionError = """
        {"results": [], "errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))"}]}
        """;

    /// <summary>POST /db/neo4j/query/v2 (Query API, "Query the database"), 202 Accepted.</summary>
    public const string QueryResult = """
        {"data": {"fields": ["id", "labels"], "values": [["org:a", ["Organisation"]], ["ptn:b", ["Partnership"]]]},
         "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}
        """;

    /// <summary>POST /db/neo4j/query/v2/tx (Query API, "Run transactions"), 202 Accepted.</summary>
    public const string QueryTransactionOpened = """
        {"data": {"fields": [], "values": []}, "bookmarks": [],
         "transaction": {"id": "b5d4f3e0-8a9c", "expires": "2024-10-22T15:48:29.66Z"}}
        """;

    /// <summary>A Query API error (HTTP 400).</summary>
    public const string QueryError = """
        {"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[1] can't acquire ExclusiveLock"}]}
        """;
}
