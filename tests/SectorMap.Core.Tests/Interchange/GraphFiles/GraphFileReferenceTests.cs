using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

/// <summary>
/// Files written by NetworkX, igraph, Gephi (1.3, in its shape) and by hand, read by SectorMap and held to
/// what NetworkX reads in them (Fixtures/generate.py wrote both).
/// </summary>
public class GraphFileReferenceTests
{
    public static TheoryData<string> ReferenceFiles => new()
    {
        "networkx/karate.graphml",
        "networkx/karate.gexf",
        "networkx/unicode.graphml",
        "networkx/unicode.gexf",
        "networkx/multigraph.graphml",
        "igraph/zachary.graphml",
        "handmade/defaults.graphml",
        "gephi/karate-1.3.gexf",
    };

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Read_GivesWhatNetworkXReads(string file)
    {
        var document = GraphFileFixtures.Read(file);

        NetworkXView.Load(GraphFileFixtures.PathOf(file + ".json")).AssertSameGraph(document);
    }

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Read_LocatesEveryElement(string file)
    {
        var document = GraphFileFixtures.Read(file);

        Assert.All(document.Nodes, n => Assert.Matches($"^{file}:[0-9]+:[0-9]+$", n.Location));
        Assert.All(document.Edges, e => Assert.Matches($"^{file}:[0-9]+:[0-9]+$", e.Location));
    }

    [Fact]
    public void Read_KarateFromNetworkX_KeepsIntegersAndFloatsApart()
    {
        var document = GraphFileFixtures.Read("networkx/karate.graphml");

        Assert.False(document.Directed);
        Assert.Equal(34, document.Nodes.Count);
        Assert.Equal(78, document.Edges.Count);
        Assert.Contains(new GraphFileKey("degree", GraphFileValueType.Long), document.NodeKeys);
        Assert.Contains(new GraphFileKey("betweenness", GraphFileValueType.Double), document.NodeKeys);
        Assert.Contains(new GraphFileKey("inCore", GraphFileValueType.Boolean), document.NodeKeys);
        Assert.Equal(4L, document.Edges[0].Attributes["weight"]);
        Assert.DoesNotContain(document.NodeKeys, k => k.Name == "title");
    }

    [Fact]
    public void Read_GephiFile_IgnoresLayoutAndKeepsWeights()
    {
        var document = GraphFileFixtures.Read("gephi/karate-1.3.gexf");

        var first = document.Nodes[0].Attributes;
        Assert.Equal(["label", "club", "Modularity Class", "Betweenness Centrality"], first.Keys);
        Assert.Equal("Member 0", first["label"]);
        Assert.Equal(4.0, document.Edges[0].Attributes["weight"]);
        Assert.Equal("0", document.Edges[0].Id);
    }

    [Fact]
    public void Read_HandMadeGraphMl_AppliesDefaultsAndSkipsYEdGraphics()
    {
        var document = GraphFileFixtures.Read("handmade/defaults.graphml");

        Assert.Equal(GraphFileAttributes.Of(("color", "yellow"), ("plain", "  no type declared  "), ("visible", true)), document.Nodes[1].Attributes);
        Assert.Equal(GraphFileAttributes.Of(("size", 7L), ("weight", 2.5)), document.Edges[1].Attributes);
        Assert.Equal("e1", document.Edges[1].Id);
        Assert.Null(document.Edges[0].Id);
        Assert.Equal(
            [new("size", GraphFileValueType.Long), new("color", GraphFileValueType.String), new("plain", GraphFileValueType.String), new GraphFileKey("visible", GraphFileValueType.Boolean)],
            document.NodeKeys);
    }
}
