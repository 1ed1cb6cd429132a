using SectorMap.Core.Import;
using SectorMap.Core.Model;
using SectorMap.Core.Storage;
using SectorMap.Storage.Tests.TestSupport;

namespace SectorMap.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, run unchanged against each store. A store's
/// test class derives from this and says how to make an empty store.
/// </summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>A new, empty store for one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Apply_IntoEmptyStore_CreatesEverything()
    {
        var summary = await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.Equal(new ApplySummary(13, 0, 0, 18, 0, 0), summary);
        var counts = await Store.CountAsync();
        Assert.Equal(3, counts.NodesByLabel["Organisation"]);
        Assert.Equal(3, counts.RelationshipsByType["SITS_ON"]);
        Assert.Equal((13, 18), (counts.Nodes, counts.Relationships));
    }

    [Fact]
    public async Task Snapshot_AfterApply_IsLosslessPropertyForProperty()
    {
        var batch = StoreGraphs.Valid(StoreGraphs.Sample);
        await Store.ApplyAsync(batch);

        var snapshot = await Store.GetSnapshotAsync();

        StoreGraphs.AssertSame(batch, snapshot);
        var strive = snapshot.Nodes.Single(n => n.Id == "org:strive");
        Assert.Equal("1250000.5", strive.Properties["income"].ToString());
        Assert.Equal(PropertyValue.Of(["a", "b"]), strive.Properties["tags"]);
        Assert.Equal(PropertyValue.Of(true), strive.Properties["member"]);
        Assert.Equal("ailsa@example.org", snapshot.Nodes.Single(n => n.Id == "del:a").GetString("email"));
    }

    [Fact]
    public async Task Apply_SameBatchTwice_ChangesNothing()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var before = await Store.GetSnapshotAsync();

        var summary = await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.Equal(new ApplySummary(0, 0, 13, 0, 0, 18), summary);
        Assert.False(summary.ChangedAnything);
        var after = await Store.GetSnapshotAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    [Fact]
    public async Task Apply_ChangedValues_UpdatesThemAndKeepsPropertiesTheBatchLeavesOut()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var change = StoreGraphs.Graph(
            """{"id": "org:strive", "label": "Organisation", "name": "STRiVE East Lothian", "sector": "third", "income": 99}, {"id": "del:a", "label": "Delegate", "name": "Ailsa Brodie"}""",
            """{"type": "SITS_ON", "from": "del:a", "to": "ptn:ijb", "since": "2018-11-21", "until": "2019-11-20"}""");

        var summary = await Store.ApplyAsync(StoreGraphs.Valid(change, await Store.GetLabelsAsync(["ptn:ijb"])));

        Assert.Equal(new ApplySummary(0, 1, 1, 0, 1, 0), summary);
        var strive = (await Store.GetNodeAsync("org:strive"))!.Node;
        Assert.Equal("STRiVE East Lothian", strive.Name);
        Assert.Equal(PropertyValue.Of(99m), strive.Properties["income"]);
        Assert.Equal("GB-SC-SC000000", strive.GetString("orgId"));
        var seat = (await Store.GetSnapshotAsync()).Relationships.Single(r => r.From == "del:a" && r.Type == "SITS_ON" && r.Since == new DateOnly(2018, 11, 21));
        Assert.Equal(new DateOnly(2019, 11, 20), seat.Until);
        Assert.Equal("decision", seat.GetString("engagement"));
    }

    [Fact]
    public async Task Apply_ChangedAttributeOnAnUndatedRelationship_UpdatesThatOneRelationship()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var change = StoreGraphs.Graph(string.Empty, """{"type": "BENEFITS", "from": "grant:1", "to": "grp:carers", "share": 0.5}""");

        var summary = await Store.ApplyAsync(StoreGraphs.Valid(change, await Store.GetLabelsAsync(["grant:1", "grp:carers"])));
        var again = await Store.ApplyAsync(StoreGraphs.Valid(change, await Store.GetLabelsAsync(["grant:1", "grp:carers"])));

        Assert.Equal(new ApplySummary(0, 0, 0, 0, 1, 0), summary);
        Assert.Equal(new ApplySummary(0, 0, 0, 0, 0, 1), again);
        var benefits = Assert.Single((await Store.GetSnapshotAsync()).Relationships, r => r.Type == "BENEFITS");
        Assert.Equal("0.5", benefits.Properties["share"].ToString());
        Assert.Equal(18, (await Store.CountAsync()).Relationships);
    }

    [Theory]
    [InlineData("2017-11-20", new[] { "del:ceo" })]
    [InlineData("2017-11-21", new[] { "del:a" })]
    [InlineData("2018-11-20", new[] { "del:a" })]
    [InlineData("2018-11-21", new[] { "del:a" })]
    [InlineData("2014-03-31", new string[0])]
    public async Task Snapshot_AsOf_SeesSeatsActiveThatDayInclusive(string date, string[] seated)
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var snapshot = await Store.GetSnapshotAsync(asOf);

        Assert.Equal(asOf, snapshot.AsOf);
        Assert.Equal(13, snapshot.Nodes.Count);
        Assert.Equal(seated, snapshot.Relationships.Where(r => r.Type == "SITS_ON").Select(r => r.From));
        Assert.Contains(snapshot.Relationships, r => r.Type == "WITHIN");
        Assert.All(snapshot.Relationships, r => Assert.True(r.IsActiveOn(asOf)));
    }

    [Fact]
    public async Task GetNode_ReturnsRelationshipsBothWaysAndTheirEnds()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        var detail = await Store.GetNodeAsync("org:carers");

        Assert.NotNull(detail);
        Assert.Equal("Musselburgh Carers Centre", detail.Node.Name);
        Assert.Equal(["MEMBER_OF", "OPERATES_IN", "SERVES", "WORKS_ON"], detail.Outgoing.Select(r => r.Type));
        Assert.Equal(["AFFILIATED_WITH", "RECEIVED_BY"], detail.Incoming.Select(r => r.Type));
        Assert.Equal(["area:el", "del:a", "grant:1", "grp:carers", "org:strive", "thm:carers"], detail.Neighbours.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetNode_Unknown_IsNull()
    {
        Assert.Null(await Store.GetNodeAsync("org:nobody"));
    }

    [Fact]
    public async Task FindNodes_ByLabelAndNamePart_CaseInsensitive_OrderedAndPaged()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        var carers = await Store.FindNodesAsync(new NodeQuery(NameContains: "CARERS"));
        Assert.Equal(["grp:carers", "thm:carers", "tg:carers", "grant:1", "org:carers"], carers.Select(n => n.Id));

        var organisations = await Store.FindNodesAsync(new NodeQuery(Label: "Organisation"));
        Assert.Equal(["East Lothian Council", "Musselburgh Carers Centre", "STRiVE"], organisations.Select(n => n.Name));

        var page = await Store.FindNodesAsync(new NodeQuery(Label: "Organisation", Skip: 1, Take: 1));
        Assert.Equal("Musselburgh Carers Centre", Assert.Single(page).Name);

        Assert.Empty(await Store.FindNodesAsync(new NodeQuery(NameContains: "%")));
    }

    [Fact]
    public async Task DeleteNode_RemovesItAndItsRelationships()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        Assert.True(await Store.DeleteNodeAsync("del:a"));

        Assert.Null(await Store.GetNodeAsync("del:a"));
        var snapshot = await Store.GetSnapshotAsync();
        Assert.Equal(12, snapshot.Nodes.Count);
        Assert.DoesNotContain(snapshot.Relationships, r => r.From == "del:a" || r.To == "del:a");
        Assert.Equal(14, snapshot.Relationships.Count);
        Assert.False(await Store.DeleteNodeAsync("del:a"));
    }

    [Fact]
    public async Task GetLabels_ReturnsOnlyStoredIds()
    {
        Assert.Empty(await Store.GetLabelsAsync(["org:strive"]));
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));

        var labels = await Store.GetLabelsAsync(["org:strive", "ptn:ijb", "org:nobody"]);

        Assert.Equal(2, labels.Count);
        Assert.Equal("Partnership", labels["ptn:ijb"]);
    }

    [Fact]
    public async Task Import_PartialFileReferringToStoredNodes_IsAccepted()
    {
        await Store.ApplyAsync(StoreGraphs.Valid(StoreGraphs.Sample));
        var part = StoreGraphs.Read(StoreGraphs.Graph(
            """{"id": "del:new", "label": "Delegate", "name": "Morag Innes"}""",
            """{"type": "SITS_ON", "from": "del:new", "to": "tg:carers", "seat": "community", "since": "2019-01-01"}"""));

        var result = await new GraphImporter(Store).ImportAsync(part);

        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        Assert.Equal(new ApplySummary(1, 0, 0, 1, 0, 0), result.Applied);
    }

    [Fact]
    public async Task Import_InvalidBatch_WritesNothing()
    {
        var batch = StoreGraphs.Read(StoreGraphs.Graph(
            """{"id": "thm:a", "label": "Theme", "name": "A"}, {"id": "thm:b", "label": "Theme", "name": "B"}""",
            """{"type": "COVERS", "from": "thm:a", "to": "thm:b"}"""));

        var result = await new GraphImporter(Store).ImportAsync(batch);

        Assert.False(result.IsValid);
        Assert.Null(result.Applied);
        Assert.True((await Store.CountAsync()).IsEmpty);
    }

    [Fact]
    public async Task Import_DryRun_WritesNothingButCounts()
    {
        var result = await new GraphImporter(Store).ImportAsync(StoreGraphs.Read(StoreGraphs.Sample), dryRun: true);

        Assert.True(result.IsValid);
        Assert.Null(result.Applied);
        Assert.Equal((13, 18, 0), (result.Nodes, result.Relationships, result.NodesAlreadyStored));
        Assert.True((await Store.CountAsync()).IsEmpty);
    }

    [Fact]
    public async Task Apply_IdsAndValuesThatLookLikeQueries_AreStoredLiterally()
    {
        const string sneaky = "x'); DROP TABLE nodes; --";
        var batch = StoreGraphs.Valid(StoreGraphs.Graph(
            $$"""{"id": "thm:x.DELETE--n", "label": "Theme", "name": "{{sneaky}}", "cypher": "MATCH (n) DETACH DELETE n"}"""));

        await Store.ApplyAsync(batch);

        var node = (await Store.GetNodeAsync("thm:x.DELETE--n"))!.Node;
        Assert.Equal(sneaky, node.Name);
        Assert.Equal("MATCH (n) DETACH DELETE n", node.GetString("cypher"));
        Assert.Single(await Store.FindNodesAsync(new NodeQuery(NameContains: "DROP TABLE")));
    }
}
