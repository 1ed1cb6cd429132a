using SectorMap.Analysis.Views;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Tests.Views;

public class GraphViewBuilderTests
{
    private static GraphNode Node(string id, string label) => new(id, label, id, PropertyBag.Empty);

    private static GraphRelationship Rel(string type, string from, string to, int? year = null) =>
        new(type, from, to, year is { } y ? new DateOnly(y, 1, 1) : null, null, PropertyBag.Empty);

    /// <summary>A delegate in two terms on a board, a TSI and a member charity, a theme and a grant.</summary>
    private static readonly GraphSnapshot Snapshot = new(
        [
            Node("del:a", "Delegate"), Node("grant:1", "Grant"), Node("org:charity", "Organisation"), Node("org:tsi", "Organisation"),
            Node("grp:carers", "BeneficiaryGroup"), Node("ptn:board", "Partnership"), Node("tg:group", "ThematicGroup"), Node("thm:care", "Theme"),
        ],
        [
            Rel("SITS_ON", "del:a", "ptn:board", 2017), Rel("SITS_ON", "del:a", "ptn:board", 2018),
            Rel("REPRESENTS", "del:a", "org:tsi"), Rel("REPRESENTS", "del:a", "grp:carers"), Rel("MEMBER_OF", "org:charity", "org:tsi"),
            Rel("MEMBER_OF", "org:charity", "tg:group"), Rel("PART_OF", "tg:group", "ptn:board"),
            Rel("WORKS_ON", "org:charity", "thm:care"), Rel("RECEIVED_BY", "grant:1", "org:charity"),
        ]);

    private static int IndexOf(GraphView view, string id) => view.Nodes.Select(n => n.Id).ToList().IndexOf(id);

    [Fact]
    public void Full_KeepsEveryNodeAndRelationship_CountingTwoTermsAsWeightTwo()
    {
        var view = GraphViewBuilder.Build(Snapshot, ViewKind.Full);

        Assert.Equal(8, view.Graph.NodeCount);
        Assert.Equal(8, view.Graph.EdgeCount);
        var delegateIndex = IndexOf(view, "del:a");
        Assert.Equal(4.0, view.Graph.Strength(delegateIndex));
        Assert.Equal(3, view.Graph.Degree(delegateIndex));
    }

    [Fact]
    public void Representation_KeepsPeopleOrganisationsAndBodies_AndOnlyTiesBetweenThem()
    {
        var view = GraphViewBuilder.Build(Snapshot, ViewKind.Representation);

        Assert.Equal(["del:a", "org:charity", "org:tsi", "ptn:board", "tg:group"], view.Nodes.Select(n => n.Id));
        Assert.Equal(5, view.Graph.EdgeCount);
        Assert.Equal(2, view.Graph.Degree(IndexOf(view, "del:a")));
        Assert.Equal(2, view.Graph.Degree(IndexOf(view, "org:charity")));
    }

    [Fact]
    public void Affiliation_IsTwoMode_SeatsOnly_NotMembershipOfTheTsi()
    {
        var view = GraphViewBuilder.Build(Snapshot, ViewKind.Affiliation);

        Assert.Equal(["del:a", "org:charity", "ptn:board", "tg:group"], view.Nodes.Select(n => n.Id));
        Assert.Equal(2, view.Graph.EdgeCount);
        Assert.Equal([IndexOf(view, "tg:group")], view.Graph.Neighbours(IndexOf(view, "org:charity")).ToArray());
        Assert.Equal(2.0, view.Graph.Strength(IndexOf(view, "ptn:board")));
    }
}
