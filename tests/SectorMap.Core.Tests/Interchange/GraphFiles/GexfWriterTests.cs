using System.Xml.Linq;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

public class GexfWriterTests
{
    private static readonly XNamespace G = GexfWriter.Namespace;

    private static GraphFileDocument RoundTrip(GraphFileDocument document) =>
        GexfReader.Read(GraphFileFixtures.Write(document, gexf: true), "g.gexf");

    [Fact]
    public void Write_ThenRead_GivesTheDocumentBack()
    {
        var document = GraphFileFixtures.Showcase();

        var read = RoundTrip(document);

        Assert.Equal(document.Directed, read.Directed);
        Assert.Equal(document.NodeKeys.ToHashSet(), read.NodeKeys.ToHashSet());
        Assert.Equal(document.EdgeKeys.ToHashSet(), read.EdgeKeys.ToHashSet());
        Assert.Equal(document.Nodes.Select(n => (n.Id, GraphMlWriterTests.AsWritten(n.Attributes))), read.Nodes.Select(n => (n.Id, n.Attributes)));
        Assert.Equal(document.Edges.Select(e => (e.Source, e.Target, GraphMlWriterTests.AsWritten(e.Attributes))), read.Edges.Select(e => (e.Source, e.Target, e.Attributes)));
    }

    [Fact]
    public void Write_NodeLabel_IsTheXmlLabel_NotAlsoAnAttvalue()
    {
        var xml = XDocument.Parse(GraphFileFixtures.WriteText(GraphFileFixtures.Showcase(), gexf: true));

        var node = xml.Descendants(G + "node").First();
        Assert.Equal("Organisation", node.Attribute("label")!.Value);
        Assert.DoesNotContain(xml.Descendants(G + "attribute"), a => a.Attribute("title")!.Value == "label");
        Assert.Contains(xml.Descendants(G + "attribute"), a => a.Attribute("title")!.Value == "name" && a.Parent!.Attribute("class")!.Value == "node");
    }

    [Fact]
    public void Write_EdgeWeightAndLabel_AreXmlAttributes_AndTypeAnAttvalue()
    {
        var xml = XDocument.Parse(GraphFileFixtures.WriteText(GraphFileFixtures.Showcase(), gexf: true));

        var edge = xml.Descendants(G + "edge").First();
        Assert.Equal("2.5", edge.Attribute("weight")!.Value);
        Assert.Equal("chair & co", edge.Attribute("label")!.Value);
        Assert.Null(edge.Attribute("type"));
        var typeId = xml.Descendants(G + "attribute").Single(a => a.Attribute("title")!.Value == "type").Attribute("id")!.Value;
        Assert.Equal("SITS_ON", edge.Descendants(G + "attvalue").Single(v => v.Attribute("for")!.Value == typeId).Attribute("value")!.Value);
        Assert.Null(xml.Descendants(G + "edge").Last().Attribute("weight"));
    }

    [Fact]
    public void Write_EdgeIds_AreTheEdgesOwn_ElseNumbersNoOtherEdgeUses()
    {
        var nodes = new[] { new GraphFileNode("a", GraphFileAttributes.Empty) };
        var edges = new[] { "1", null, null, "x" }.Select(id => new GraphFileEdge("a", "a", GraphFileAttributes.Empty, Id: id)).ToList();

        var xml = XDocument.Parse(GraphFileFixtures.WriteText(new GraphFileDocument(false, [], [], nodes, edges), gexf: true));

        Assert.Equal(["1", "0", "2", "x"], xml.Descendants(G + "edge").Select(e => e.Attribute("id")!.Value));
    }

    [Fact]
    public void Write_Header_IsGexf12_WithoutADate()
    {
        var text = GraphFileFixtures.WriteText(GraphFileFixtures.Showcase(), gexf: true);
        var root = XDocument.Parse(text).Root!;

        Assert.Equal("1.2", root.Attribute("version")!.Value);
        Assert.Equal("directed", root.Element(G + "graph")!.Attribute("defaultedgetype")!.Value);
        Assert.DoesNotContain("lastmodifieddate", text, StringComparison.Ordinal);
    }
}
