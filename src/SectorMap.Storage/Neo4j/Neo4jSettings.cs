namespace SectorMap.Storage.Neo4j;

/// <summary>
/// How to reach a Neo4j server and how hard to try. The retry defaults are the official drivers':
/// first delay 1 s, doubling, jitter 0.2, give up after 30 s.
/// </summary>
public sealed record Neo4jSettings(Uri Server, string User, string Password, string Database = "neo4j")
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryFirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    public double RetryJitter { get; init; } = 0.2;

    public TimeSpan RetryMaxTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open after repeated failures, failing fast meanwhile.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Rows per UNWIND statement.</summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"neo4j:{Server} (user {User}, database {Database})";
}
