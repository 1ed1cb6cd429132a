using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

public class GraphFileExportTests
{
    private static GraphFileDocument Rich(bool personal = true) =>
        GraphFileExport.FromSnapshot(Graphs.Valid(SampleGraphs.Rich), new ExportOptions(IncludePersonal: personal));

    [Fact]
    public void FromSnapshot_NodesKeepLabelNameAndEveryProperty_InModelOrder()
    {
        var strive = Rich().Nodes.Single(n => n.Id == "org:strive");

        Assert.Equal(["label", "name", "kind", "sector", "orgId", "aliases", "income", "website", "founded", "member", "notes", "tags"], strive.Attributes.Keys);
        Assert.Equal("Organisation", strive.Attributes["label"]);
        Assert.Equal("STRiVE", strive.Attributes["name"]);
        Assert.Equal(1250000.5, strive.Attributes["income"]);
        Assert.Equal(1998L, strive.Attributes["founded"]);
        Assert.Equal(true, strive.Attributes["member"]);
        Assert.Equal(new[] { "East Lothian TSI", "Strive; the TSI" }, (IReadOnlyList<string>)strive.Attributes["aliases"]);
    }

    [Fact]
    public void FromSnapshot_EdgesKeepTypeDatesAndProperties()
    {
        var document = Rich();

        Assert.True(document.Directed);
        var seat = document.Edges.Single(e => e.Attributes["type"] is "SITS_ON");
        Assert.Equal(("del:a", "ptn:ijb"), (seat.Source, seat.Target));
        Assert.Equal(GraphFileAttributes.Of(("type", "SITS_ON"), ("since", "2017-11-21"), ("seat", "sector-delegate"), ("engagement", "decision"), ("vote", 3L)), seat.Attributes);
        Assert.Equal(["type", "since", "until", "seat", "engagement", "mandate", "role", "flagged", "vote"], document.EdgeKeys.Select(k => k.Name));
    }

    [Fact]
    public void FromSnapshot_DeclaresANameTwice_WhenItsValuesDifferInKind()
    {
        var keys = Rich().NodeKeys;

        Assert.Contains(new GraphFileKey("code", GraphFileValueType.String), keys);
        Assert.Contains(new GraphFileKey("code", GraphFileValueType.Long), keys);
        Assert.Equal(["label", "name"], keys.Take(2).Select(k => k.Name));
    }

    [Fact]
    public void FromSnapshot_ANumberIsALongOnlyWhenEveryValueIsWhole()
    {
        var graph = Graphs.Valid(Batches.Graph("""
            {"id": "a", "label": "Organisation", "name": "A", "sector": "third", "income": 1000, "staff": 4},
            {"id": "b", "label": "Organisation", "name": "B", "sector": "third", "income": 1000.5, "staff": 12}
            """));

        var nodes = GraphFileExport.FromSnapshot(graph, ExportOptions.Default).Nodes;

        Assert.Equal([1000.0, 1000.5], nodes.Select(n => n.Attributes["income"]));
        Assert.Equal([4L, 12L], nodes.Select(n => n.Attributes["staff"]));
    }

    [Fact]
    public void FromSnapshot_LeavesOutPersonalData_UnlessAskedFor()
    {
        Assert.DoesNotContain(Rich(personal: false).Nodes, n => n.Attributes.ContainsKey("email") || n.Attributes.ContainsKey("phone"));
        Assert.Contains(Rich(personal: true).Nodes, n => n.Attributes.ContainsKey("email"));
    }
}
