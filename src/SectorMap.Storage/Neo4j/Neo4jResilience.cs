using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The resilience pipeline around a unit of work. Retry (outside) repeats the whole unit on
/// network failures, timeouts, 502/503/504, retryable server errors and vanished transactions,
/// with the official drivers' backoff, until the next wait would pass the time allowed. The
/// circuit breaker (inside) opens after repeated network failures, so a dead server fails fast
/// instead of every caller waiting out the retries. Client and database errors are never retried.
/// </summary>
internal static class Neo4jResilience
{
    private static readonly ResiliencePropertyKey<long> Started = new("sectormap.neo4j.started");

    public static ResiliencePipeline Create(Neo4jSettings settings, TimeProvider time)
    {
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(
                    IsRetryable(args.Outcome.Exception)
                    && Elapsed(args.Context, time) + NominalDelay(settings, args.AttemptNumber) <= settings.RetryMaxTime),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Jittered(NominalDelay(settings, args.AttemptNumber), settings.RetryJitter)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransportException>(),
                FailureRatio = 1.0,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = settings.BreakDuration,
            })
            .Build();
    }

    public static ResilienceContext NewContext(TimeProvider time, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Started, time.GetTimestamp());
        return context;
    }

    public static bool IsRetryable(Exception? exception) => exception switch
    {
        Neo4jTransportException => true,
        Neo4jServerException server => server.IsRetryable,
        _ => false,
    };

    /// <summary>1 s, 2 s, 4 s … for attempts 0, 1, 2 …</summary>
    private static TimeSpan NominalDelay(Neo4jSettings settings, int attempt) =>
        settings.RetryFirstDelay * Math.Pow(2, Math.Min(attempt, 16));

    private static TimeSpan Jittered(TimeSpan delay, double jitter) =>
        delay * (1 + (jitter * ((2 * Random.Shared.NextDouble()) - 1)));

    private static TimeSpan Elapsed(ResilienceContext context, TimeProvider time) =>
        context.Properties.TryGetValue(Started, out var started) ? time.GetElapsedTime(started) : TimeSpan.Zero;

    public static bool IsBrokenCircuit(Exception exception) => exception is BrokenCircuitException;
}
