using SectorMap.Tests.Common.Neo4j;
using System.Diagnostics;
using SectorMap.Core.Storage;
using SectorMap.Storage.Neo4j;
using SectorMap.Storage.Tests.TestSupport;

namespace SectorMap.Storage.Tests.Neo4j;

/// <summary>
/// Every failure path against the real server, with network faults injected by a TCP proxy in
/// between: a unit of work broken mid-way leaves nothing behind and succeeds when retried.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jResilienceTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private TcpFaultProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        await server.ClearAsync();
        _proxy = new TcpFaultProxy(server.Server.Port);
    }

    public async Task DisposeAsync() => await _proxy.DisposeAsync();

    /// <summary>Fast retries for tests; the shape (doubling, jitter, a time limit) is the production one.</summary>
    private Neo4jSettings ThroughProxy(string? password = null) => new(_proxy.Address, "neo4j", password ?? server.Password)
    {
        RetryFirstDelay = TimeSpan.FromMilliseconds(200),
        RetryMaxTime = TimeSpan.FromSeconds(20),
    };

    /// <summary>How many requests a clean write of the sample batch into an empty store takes; the last is the commit.</summary>
    private async Task<int> RequestsForCleanWriteAsync(Neo4jGraphStore store)
    {
        await store.CountAsync();
        await store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Graph("""{"id": "thm:warm", "label": "Theme", "name": "Warm-up"}""")));
        await server.ClearAsync();
        _proxy.Reset();
        await store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var requests = _proxy.Requests;
        await server.ClearAsync();
        _proxy.Reset();
        return requests;
    }

    [Theory]
    [InlineData(ProxyFault.Drop)]
    [InlineData(ProxyFault.ServiceUnavailable)]
    public async Task Write_BrokenAtCommit_LeavesNothingPartial_AndSucceedsWhenRetried(ProxyFault fault)
    {
        await using var store = new Neo4jGraphStore(ThroughProxy());
        var commit = await RequestsForCleanWriteAsync(store);
        _proxy.Break(commit, fault);

        var summary = await store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.Equal(1, _proxy.FaultsTriggered);
        Assert.True(_proxy.Requests > commit, "the unit of work was run again");
        Assert.Equal(new ApplySummary(13, 0, 0, 18, 0, 0), summary);
        var counts = await store.CountAsync();
        Assert.Equal((13, 18), (counts.Nodes, counts.Relationships));
    }

    [Fact]
    public async Task Write_BrokenPartWay_WhileWriting_LeavesNothingPartial()
    {
        await using var store = new Neo4jGraphStore(ThroughProxy());
        var commit = await RequestsForCleanWriteAsync(store);
        _proxy.Break(commit / 2, ProxyFault.Drop);

        await store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.Equal(1, _proxy.FaultsTriggered);
        StoreGraphs.AssertSame(StoreGraphs.Valid(StoreGraphs.Sample), await store.GetSnapshotAsync());
    }

    [Fact]
    public async Task Write_TransactionExpiredMidWay_IsRetriedWhole()
    {
        await using var store = new Neo4jGraphStore(ThroughProxy());
        var commit = await RequestsForCleanWriteAsync(store);

        // The test server forgets a transaction after 4 idle seconds (its reaper runs now and then,
        // so allow it plenty); hold the commit back for 12.
        _proxy.Break(commit, ProxyFault.Delay, TimeSpan.FromSeconds(12));
        var summary = await store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.Equal(new ApplySummary(13, 0, 0, 18, 0, 0), summary);
        Assert.True(_proxy.Requests > commit, "the unit of work was run again");
        Assert.Equal(13, (await store.CountAsync()).Nodes);
    }

    [Fact]
    public async Task DeadServer_FailsWithItsAddressWithinAMinute_ThenFast()
    {
        var dead = new Uri($"http://127.0.0.1:{Neo4jServerFixture.FreePort()}");
        await using var store = new Neo4jGraphStore(new Neo4jSettings(dead, "neo4j", "s3cret-password"));
        var clock = Stopwatch.StartNew();

        var first = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Contains(dead.ToString(), first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-password", first.ToString(), StringComparison.Ordinal);

        clock.Restart();
        var second = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"an open circuit should fail fast; took {clock.Elapsed}");
        Assert.Contains("is not answering", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_IsOneClearMessage_NeverRetried_NeverShowingThePassword()
    {
        await using var store = new Neo4jGraphStore(ThroughProxy("not-the-Password-42"));

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync());

        Assert.Equal($"Neo4j at {_proxy.Address} refused user \"neo4j\": wrong user name or password", ex.Message);
        Assert.DoesNotContain("not-the-Password-42", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, _proxy.Requests);
    }

    [Fact]
    public async Task ClientError_IsNeverRetried()
    {
        using var client = new Neo4jClient(ThroughProxy());
        await client.RunAsync([new Neo4jStatement("RETURN 1")], default);
        _proxy.Reset();

        var ex = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync([new Neo4jStatement("THIS IS NOT CYPHER")], default));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(1, _proxy.Requests);
    }

    [Fact]
    public void Settings_AndConnections_NeverPrintThePassword()
    {
        var settings = new Neo4jSettings(new Uri("http://db.example:7474"), "neo4j", "hunter2-secret");
        var connection = StoreConnection.Parse("neo4j:http://db.example:7474") with { Password = "hunter2-secret" };

        Assert.DoesNotContain("hunter2-secret", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", connection.ToString(), StringComparison.Ordinal);
    }
}
