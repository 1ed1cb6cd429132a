using System.Buffers;
using System.Text.Json;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The request bodies and response documents of both HTTP interfaces, as pure functions: the
/// unit tests hold them to Neo4j's documented examples without a server.
/// </summary>
public static class Neo4jWire
{
    /// <summary>Transactional endpoint (3.x–5.24): <c>{"statements": [{"statement": …, "parameters": {…}}, …]}</c>.</summary>
    public static byte[] TransactionBody(IReadOnlyList<Neo4jStatement> statements) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            statement.WriteTo(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Query API: one statement a request, <c>{"statement": …, "parameters": {…}}</c>.</summary>
    public static byte[] QueryBody(Neo4jStatement statement) => Write(writer =>
    {
        writer.WriteStartObject();
        statement.WriteTo(writer);
        writer.WriteEndObject();
    });

    /// <summary>Results of the transactional endpoint; its errors (sent with HTTP 200) are thrown.</summary>
    /// <exception cref="Neo4jServerException">The first error the server reported.</exception>
    public static IReadOnlyList<Neo4jResult> TransactionResults(JsonElement root)
    {
        ThrowErrors(root);
        if (!root.TryGetProperty("results", out var results))
        {
            return [];
        }

        return results.EnumerateArray().Select(result => new Neo4jResult(
            result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList(),
            result.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().Select(e => e.Clone()).ToArray()).ToList())).ToList();
    }

    /// <summary>The result of one Query API request: <c>{"data": {"fields": […], "values": [[…]]}}</c>.</summary>
    /// <exception cref="Neo4jServerException">The first error the server reported.</exception>
    public static Neo4jResult QueryResult(JsonElement root)
    {
        ThrowErrors(root);
        if (!root.TryGetProperty("data", out var data))
        {
            return Neo4jResult.Empty;
        }

        return new Neo4jResult(
            data.GetProperty("fields").EnumerateArray().Select(c => c.GetString()!).ToList(),
            data.GetProperty("values").EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.Clone()).ToArray()).ToList());
    }

    /// <summary>The transaction id of a Query API transaction (<c>{"transaction": {"id": …}}</c>).</summary>
    public static string QueryTransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id) && id.GetString() is { } text
            ? text
            : throw new Neo4jTransportException("the server opened a transaction but did not say its id");

    /// <summary>The commit address of a transaction the transactional endpoint opened.</summary>
    public static string? CommitAddress(JsonElement root) => root.TryGetProperty("commit", out var commit) ? commit.GetString() : null;

    public static void ThrowErrors(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jServerException(
                first.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError",
                first.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
