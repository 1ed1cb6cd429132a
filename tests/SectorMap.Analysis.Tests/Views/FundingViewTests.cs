using SectorMap.Analysis.Views;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Tests.Views;

public class FundingViewTests
{
    private static GraphNode Org(string id) => new(id, "Organisation", id, PropertyBag.Empty);

    private static GraphNode Grant(string id, decimal? amount) => new(id, "Grant", id,
        amount is { } a ? PropertyBag.From([new("amountAwarded", PropertyValue.Of(a))]) : PropertyBag.Empty);

    private static GraphRelationship Rel(string type, string from, string to) => new(type, from, to, null, null, PropertyBag.Empty);

    [Fact]
    public void Build_LinksFundersToRecipients_WeighingTheTotalAmount()
    {
        var snapshot = new GraphSnapshot(
            [Org("org:council"), Org("org:trust"), Org("org:hub"), Org("org:idle"), Grant("g1", 40000), Grant("g2", 15000), Grant("g3", 5000), Grant("g4", null)],
            [
                Rel("FUNDED_BY", "g1", "org:council"), Rel("RECEIVED_BY", "g1", "org:hub"),
                Rel("FUNDED_BY", "g3", "org:council"), Rel("RECEIVED_BY", "g3", "org:hub"),
                Rel("FUNDED_BY", "g2", "org:trust"), Rel("RECEIVED_BY", "g2", "org:hub"),
                Rel("FUNDED_BY", "g4", "org:trust"), Rel("RECEIVED_BY", "g4", "org:council"),
            ]);

        var view = GraphViewBuilder.Build(snapshot, ViewKind.Funding);

        Assert.Equal(["org:council", "org:trust", "org:hub"], view.Nodes.Select(n => n.Id));
        var hub = 2;
        Assert.Equal([0, 1], view.Graph.Neighbours(hub).ToArray());
        Assert.Equal([45000.0, 15000.0], view.Graph.Weights(hub).ToArray());
        Assert.Equal(0.0, view.Graph.Weights(1)[0]);
        Assert.Equal(3, view.Graph.EdgeCount);
    }
}
