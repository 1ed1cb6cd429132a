namespace SectorMap.Storage.Neo4j;

/// <summary>Explicit transactions and single statements over one of the server's HTTP interfaces.</summary>
internal abstract class Neo4jProtocol(Neo4jHttp http)
{
    protected Neo4jHttp Http { get; } = http;

    public abstract Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<Neo4jResult>> RunAsync(Neo4jTransaction transaction, IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken);

    public abstract Task CommitAsync(Neo4jTransaction transaction, CancellationToken cancellationToken);

    public abstract Task RollbackAsync(Neo4jTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Statements in one implicit transaction of their own (schema changes, reads).</summary>
    public abstract Task<IReadOnlyList<Neo4jResult>> RunAutocommitAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken);

    public static Neo4jProtocol For(Neo4jEndpoint endpoint, Neo4jHttp http) =>
        endpoint.Api == Neo4jApi.Query ? new QueryApiProtocol(http, endpoint.Path) : new TransactionApiProtocol(http, endpoint.Path);
}
