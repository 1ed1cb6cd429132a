using Polly;
using Polly.CircuitBreaker;
using SectorMap.Core.Storage;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// Runs units of work against one server: discovers it on first use, runs each unit in one
/// explicit transaction (begin, statements, commit; rolled back on any failure) inside the
/// resilience pipeline, and turns what is left after the retries into one message for a person.
/// </summary>
internal sealed class Neo4jClient : IDisposable
{
    private readonly Neo4jSettings _settings;
    private readonly Neo4jHttp _http;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Neo4jProtocol? _protocol;

    public Neo4jClient(Neo4jSettings settings, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        _settings = settings;
        _time = time ?? TimeProvider.System;
        _http = new Neo4jHttp(settings, handler);
        _pipeline = Neo4jResilience.Create(settings, _time);
    }

    /// <summary>The server as discovered and confirmed (null until first use).</summary>
    public Neo4jEndpoint? Endpoint { get; private set; }

    /// <summary>One unit of work in one explicit transaction, retried whole.</summary>
    public Task<T> WriteAsync<T>(Func<Func<IReadOnlyList<Neo4jStatement>, Task<IReadOnlyList<Neo4jResult>>>, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(async token =>
        {
            var protocol = await ProtocolAsync(token).ConfigureAwait(false);
            var transaction = await protocol.BeginAsync(token).ConfigureAwait(false);
            try
            {
                var result = await work(statements => protocol.RunAsync(transaction, statements, token)).ConfigureAwait(false);
                await protocol.CommitAsync(transaction, token).ConfigureAwait(false);
                return result;
            }
            catch
            {
                await RollBackQuietlyAsync(protocol, transaction).ConfigureAwait(false);
                throw;
            }
        }, cancellationToken);

    /// <summary>Statements in one implicit transaction, retried whole.</summary>
    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken) =>
        ExecuteAsync(async token => await (await ProtocolAsync(token).ConfigureAwait(false)).RunAutocommitAsync(statements, token).ConfigureAwait(false), cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _discovery.Dispose();
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        var context = Neo4jResilience.NewContext(_time, cancellationToken);
        try
        {
            return await _pipeline.ExecuteAsync(async ctx => await unit(ctx.CancellationToken).ConfigureAwait(false), context).ConfigureAwait(false);
        }
        catch (Neo4jTransportException ex)
        {
            throw new StoreUnavailableException($"{ex.Message} (gave up after retrying for up to {_settings.RetryMaxTime.TotalSeconds:0} s)", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new StoreUnavailableException($"Neo4j at {_settings.Server} is not answering; after repeated failures SectorMap waits {_settings.BreakDuration.TotalSeconds:0} s before trying again", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task RollBackQuietlyAsync(Neo4jProtocol protocol, Neo4jTransaction transaction)
    {
        // Best effort: after a network fault the rollback may fail too, and the server then
        // rolls the transaction back itself when it times out. Either way nothing is committed.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await protocol.RollbackAsync(transaction, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jTransportException or Neo4jServerException or OperationCanceledException or StoreUnavailableException)
        {
        }
    }

    private async Task<Neo4jProtocol> ProtocolAsync(CancellationToken cancellationToken)
    {
        if (_protocol is not null)
        {
            return _protocol;
        }

        await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_protocol is null)
            {
                var endpoint = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
                var protocol = Neo4jProtocol.For(endpoint, _http);
                var components = await protocol.RunAutocommitAsync([new Neo4jStatement("CALL dbms.components() YIELD versions RETURN versions[0]")], cancellationToken).ConfigureAwait(false);
                var confirmed = components[0].Rows.Count > 0 ? components[0].Rows[0][0].GetString() : null;
                Endpoint = confirmed is null ? endpoint : endpoint with { Version = confirmed };
                _protocol = protocol;
            }

            return _protocol;
        }
        finally
        {
            _discovery.Release();
        }
    }

    private async Task<Neo4jEndpoint> DiscoverAsync(CancellationToken cancellationToken)
    {
        var root = await _http.SendAsync(HttpMethod.Get, "/", null, null, cancellationToken).ConfigureAwait(false);
        using (root.Body)
        {
            var endpoint = Neo4jDiscovery.FromRoot(root.Body.RootElement, _settings.Database);
            if (endpoint is not null)
            {
                return endpoint;
            }

            var data = await _http.SendAsync(HttpMethod.Get, Neo4jDiscovery.DataPath(root.Body.RootElement), null, null, cancellationToken).ConfigureAwait(false);
            using (data.Body)
            {
                return Neo4jDiscovery.FromData(data.Body.RootElement);
            }
        }
    }
}
