using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SectorMap.Core.Storage;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// One HTTP exchange with the server: authentication, a timeout per request, and every failure
/// sorted into retryable (<see cref="Neo4jTransportException"/>) or final. The password goes into
/// the Authorization header and nowhere else: no message built here contains it.
/// </summary>
internal sealed class Neo4jHttp(Neo4jSettings settings, HttpMessageHandler? handler = null) : IDisposable
{
    private readonly HttpClient _client = new(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true)
    {
        BaseAddress = settings.Server,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly AuthenticationHeaderValue _authorization =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));

    /// <summary>A response: its status, its JSON body (or an empty object) and the headers the protocols need.</summary>
    public sealed record Response(HttpStatusCode Status, JsonDocument Body, string? Location, string? Affinity);

    public async Task<Response> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            Classify(response.StatusCode, bytes);
            var document = bytes.Length == 0 ? JsonDocument.Parse("{}") : ParseBody(bytes, response.StatusCode);
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString) : null;
            var affinityBack = response.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.FirstOrDefault() : null;
            return new Response(response.StatusCode, document, location, affinityBack);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransportException($"no answer from {settings.Server} within {settings.RequestTimeout.TotalSeconds:0} s", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jTransportException($"cannot reach Neo4j at {settings.Server}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new Neo4jTransportException($"the connection to {settings.Server} broke: {ex.Message}", ex);
        }
    }

    public void Dispose() => _client.Dispose();

    private void Classify(HttpStatusCode status, byte[] body)
    {
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
                // Final: retrying a wrong password only locks the account.
                throw new StoreUnavailableException($"Neo4j at {settings.Server} refused user \"{settings.User}\": wrong user name or password");
            case HttpStatusCode.Forbidden when Encoding.UTF8.GetString(body).Contains("password", StringComparison.OrdinalIgnoreCase):
                throw new StoreUnavailableException($"Neo4j at {settings.Server} wants the password of \"{settings.User}\" changed before first use");
            case HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                throw new Neo4jTransportException($"Neo4j at {settings.Server} answered {(int)status} {status}");
        }
    }

    private JsonDocument ParseBody(byte[] bytes, HttpStatusCode status)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new Neo4jTransportException($"Neo4j at {settings.Server} answered {(int)status} with a body that is not JSON", ex);
        }
    }
}
