using System.Text.Json;
using SectorMap.Analysis.Views;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Tests.Views;

/// <summary>Davis's Southern Women as delegates sitting on bodies; weights as NetworkX's weighted_projected_graph.</summary>
public class ProjectionsTests
{
    private static readonly JsonElement Davis =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "davis.json"))).RootElement.Clone();

    private static GraphSnapshot Snapshot()
    {
        var women = Davis.GetProperty("women").EnumerateArray().Select(w => new GraphNode(w.GetString()!, "Delegate", w.GetString()!, PropertyBag.Empty));
        var events = Davis.GetProperty("events").EnumerateArray().Select(e => new GraphNode(e.GetString()!, "Partnership", e.GetString()!, PropertyBag.Empty));
        var seats = Davis.GetProperty("edges").EnumerateArray()
            .Select(e => new GraphRelationship("SITS_ON", e[0].GetString()!, e[1].GetString()!, null, null, PropertyBag.Empty));
        return new GraphSnapshot([.. women, .. events], [.. seats]);
    }

    private static List<(string, string, double)> Edges(GraphView view)
    {
        var edges = new List<(string, string, double)>();
        for (var v = 0; v < view.Graph.NodeCount; v++)
        {
            var weights = view.Graph.Weights(v);
            var neighbours = view.Graph.Neighbours(v);
            for (var i = 0; i < neighbours.Length; i++)
            {
                var (a, b) = (view.Nodes[v].Id, view.Nodes[neighbours[i]].Id);
                if (string.CompareOrdinal(a, b) < 0)
                {
                    edges.Add((a, b, weights[i]));
                }
            }
        }

        return edges.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();
    }

    private static List<(string, string, double)> Expected(string projection) =>
        Davis.GetProperty(projection).EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()))
            .Select(e => string.CompareOrdinal(e.Item1, e.Item2) < 0 ? e : (e.Item2, e.Item1, e.Item3))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();

    [Fact]
    public void Delegates_AreTheWomensProjection()
    {
        var view = GraphViewBuilder.Build(Snapshot(), ViewKind.Delegates);

        Assert.Equal(18, view.Nodes.Count);
        Assert.Equal(Expected("womenProjection"), Edges(view));
    }

    [Fact]
    public void Bodies_AreTheEventsProjection()
    {
        var view = GraphViewBuilder.Build(Snapshot(), ViewKind.Bodies);

        Assert.Equal(14, view.Nodes.Count);
        Assert.Equal(Expected("eventsProjection"), Edges(view));
    }

    [Theory]
    [InlineData(ViewKind.Delegates, "womenNewman")]
    [InlineData(ViewKind.Bodies, "eventsNewman")]
    public void NewmanWeights_AreNetworkXsCollaborationWeights(ViewKind kind, string projection)
    {
        var view = GraphViewBuilder.Build(Snapshot(), kind, ProjectionWeights.Newman);

        var expected = Expected(projection);
        var actual = Edges(view);
        Assert.Equal(expected.Select(e => (e.Item1, e.Item2)), actual.Select(e => (e.Item1, e.Item2)));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Item3, pair.Second.Item3, 1e-12));
        Assert.Contains(actual, e => e.Item3 != Math.Round(e.Item3));
    }

    [Fact]
    public void Organisations_HoldingNoSeats_AreNotInTheirProjection_AndTwoTermsCountOnce()
    {
        static GraphNode Node(string id, string label) => new(id, label, id, PropertyBag.Empty);
        static GraphRelationship Seat(string from, string to, int year) =>
            new("MEMBER_OF", from, to, new DateOnly(year, 1, 1), null, PropertyBag.Empty);
        var snapshot = new GraphSnapshot(
            [Node("org:a", "Organisation"), Node("org:b", "Organisation"), Node("org:idle", "Organisation"), Node("ptn:x", "Partnership"), Node("ptn:y", "Partnership")],
            [Seat("org:a", "ptn:x", 2017), Seat("org:a", "ptn:x", 2018), Seat("org:b", "ptn:x", 2017), Seat("org:a", "ptn:y", 2017), Seat("org:b", "ptn:y", 2017)]);

        var view = GraphViewBuilder.Build(snapshot, ViewKind.Organisations);

        Assert.Equal(["org:a", "org:b"], view.Nodes.Select(n => n.Id));
        Assert.Equal([("org:a", "org:b", 2.0)], Edges(view));
    }
}
