namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The Query API of Neo4j 5.25+ and Aura (<c>/db/{db}/query/v2</c>): one statement a request;
/// explicit transactions at <c>…/tx</c>, <c>…/tx/{id}</c>, <c>…/tx/{id}/commit</c>, DELETE to roll
/// back; the <c>neo4j-cluster-affinity</c> header echoed so a cluster routes to the same member.
/// </summary>
internal sealed class QueryApiProtocol(Neo4jHttp http, string basePath) : Neo4jProtocol(http)
{
    public override async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, basePath.TrimEnd('/') + "/tx", "{}"u8.ToArray(), null, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        Neo4jWire.ThrowErrors(body.RootElement);
        var path = $"{basePath.TrimEnd('/')}/tx/{Uri.EscapeDataString(Neo4jWire.QueryTransactionId(body.RootElement))}";
        return new Neo4jTransaction(path, path + "/commit", response.Affinity);
    }

    public override async Task<IReadOnlyList<Neo4jResult>> RunAsync(Neo4jTransaction transaction, IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<Neo4jResult>(statements.Count);
        foreach (var statement in statements)
        {
            var response = await Http.SendAsync(HttpMethod.Post, transaction.Path, Neo4jWire.QueryBody(statement), transaction.Affinity, cancellationToken).ConfigureAwait(false);
            using var body = response.Body;
            results.Add(Neo4jWire.QueryResult(body.RootElement));
        }

        return results;
    }

    public override async Task CommitAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, transaction.CommitPath, "{}"u8.ToArray(), transaction.Affinity, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        Neo4jWire.ThrowErrors(body.RootElement);
    }

    public override async Task RollbackAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Delete, transaction.Path, null, transaction.Affinity, cancellationToken).ConfigureAwait(false);
        response.Body.Dispose();
    }

    public override async Task<IReadOnlyList<Neo4jResult>> RunAutocommitAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<Neo4jResult>(statements.Count);
        foreach (var statement in statements)
        {
            var response = await Http.SendAsync(HttpMethod.Post, basePath, Neo4jWire.QueryBody(statement), null, cancellationToken).ConfigureAwait(false);
            using var body = response.Body;
            results.Add(Neo4jWire.QueryResult(body.RootElement));
        }

        return results;
    }
}
