using System.Text;
using System.Text.Json;
using SectorMap.Storage.Neo4j;
using SectorMap.Storage.Tests.Neo4j.Recorded;

namespace SectorMap.Storage.Tests.Neo4j;

public class Neo4jWireTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static readonly Neo4jStatement Merge = new(
        "MERGE (n:Theme {id: $id}) SET n.name = $name",
        w =>
        {
            w.WriteString("id", "thm:a");
            w.WriteString("name", "Alice's \"theme\"");
        });

    [Fact]
    public void TransactionBody_HasTheDocumentedShape()
    {
        var body = Encoding.UTF8.GetString(Neo4jWire.TransactionBody([Merge, new Neo4jStatement("RETURN 1")]));

        Assert.Equal(
            """{"statements":[{"statement":"MERGE (n:Theme {id: $id}) SET n.name = $name","parameters":{"id":"thm:a","name":"Alice\u0027s \u0022theme\u0022"}},{"statement":"RETURN 1","parameters":{}}]}""",
            body);
    }

    [Fact]
    public void QueryBody_HasTheDocumentedShape()
    {
        var body = Encoding.UTF8.GetString(Neo4jWire.QueryBody(Merge));

        Assert.Equal("""{"statement":"MERGE (n:Theme {id: $id}) SET n.name = $name","parameters":{"id":"thm:a","name":"Alice\u0027s \u0022theme\u0022"}}""", body);
    }

    [Fact]
    public void TransactionResults_AreRead_AndTheCommitAddressFound()
    {
        var root = Json(Documents.TransactionResults);

        var result = Assert.Single(Neo4jWire.TransactionResults(root));

        Assert.Equal(["n"], result.Columns);
        Assert.Equal(JsonValueKind.Object, Assert.Single(result.Rows)[0].ValueKind);
        Assert.Equal("http://localhost:7474/db/neo4j/tx/18/commit", Neo4jWire.CommitAddress(root));
    }

    [Fact]
    public void TransactionError_IsThrownWithItsCode_AndIsNotRetryable()
    {
        var ex = Assert.Throws<Neo4jServerException>(() => Neo4jWire.TransactionResults(Json(Documents.TransactionError)));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.False(ex.IsRetryable);
    }

    [Fact]
    public void QueryResult_IsRead()
    {
        var result = Neo4jWire.QueryResult(Json(Documents.QueryResult));

        Assert.Equal(["id", "labels"], result.Columns);
        Assert.Equal(["org:a", "ptn:b"], result.Rows.Select(r => r[0].GetString()));
        Assert.Equal("Partnership", result.Rows[1][1][0].GetString());
    }

    [Fact]
    public void QueryTransaction_IdIsRead()
    {
        Assert.Equal("b5d4f3e0-8a9c", Neo4jWire.QueryTransactionId(Json(Documents.QueryTransactionOpened)));
    }

    [Fact]
    public void QueryError_Transient_IsRetryable()
    {
        var ex = Assert.Throws<Neo4jServerException>(() => Neo4jWire.QueryResult(Json(Documents.QueryError)));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", ex.Code);
        Assert.True(ex.IsRetryable);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Transaction.TransactionNotFound", true)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void Retryable_FollowsTheDriversRules(string code, bool retryable)
    {
        Assert.Equal(retryable, new Neo4jServerException(code, "x").IsRetryable);
    }
}
