namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The transactional endpoint of 3.x (<c>/db/data/transaction</c>) and 4.x–5.x (<c>/db/{db}/tx</c>):
/// POST to begin (201 and a Location), POST statements to the transaction, POST to its commit
/// address, DELETE to roll back. Statement errors come back as HTTP 200 with an errors array.
/// </summary>
internal sealed class TransactionApiProtocol(Neo4jHttp http, string basePath) : Neo4jProtocol(http)
{
    private static readonly byte[] NoStatements = Neo4jWire.TransactionBody([]);

    public override async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, basePath, NoStatements, null, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        Neo4jWire.ThrowErrors(body.RootElement);
        var path = response.Location ?? throw new Neo4jTransportException("the server opened a transaction but did not say where");
        var commit = Neo4jWire.CommitAddress(body.RootElement) is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? uri.AbsolutePath
            : path + "/commit";
        return new Neo4jTransaction(path, commit);
    }

    public override async Task<IReadOnlyList<Neo4jResult>> RunAsync(Neo4jTransaction transaction, IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, transaction.Path, Neo4jWire.TransactionBody(statements), null, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        return Neo4jWire.TransactionResults(body.RootElement);
    }

    public override async Task CommitAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, transaction.CommitPath, NoStatements, null, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        Neo4jWire.ThrowErrors(body.RootElement);
    }

    public override async Task RollbackAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Delete, transaction.Path, null, null, cancellationToken).ConfigureAwait(false);
        response.Body.Dispose();
    }

    public override async Task<IReadOnlyList<Neo4jResult>> RunAutocommitAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(HttpMethod.Post, basePath.TrimEnd('/') + "/commit", Neo4jWire.TransactionBody(statements), null, cancellationToken).ConfigureAwait(false);
        using var body = response.Body;
        return Neo4jWire.TransactionResults(body.RootElement);
    }
}
