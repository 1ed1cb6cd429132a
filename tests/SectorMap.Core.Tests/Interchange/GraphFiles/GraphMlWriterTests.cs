using System.Xml.Linq;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

public class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlReader.Namespace;

    private static GraphFileDocument RoundTrip(GraphFileDocument document) =>
        GraphMlReader.Read(GraphFileFixtures.Write(document, gexf: false), "g.graphml");

    /// <summary>The document as a file holds it: text cleaned for XML, NaN not written, no locations.</summary>
    internal static GraphFileAttributes AsWritten(GraphFileAttributes attributes) =>
        new(attributes.Where(a => a.Value is not double.NaN).Select(a => new KeyValuePair<string, object?>(a.Key, a.Value is string s ? GraphFileFixtures.XmlClean(s) : a.Value)));

    [Fact]
    public void Write_ThenRead_GivesTheDocumentBack()
    {
        var document = GraphFileFixtures.Showcase();

        var read = RoundTrip(document);

        Assert.Equal(document.Directed, read.Directed);
        Assert.Equal(document.NodeKeys, read.NodeKeys);
        Assert.Equal(document.EdgeKeys, read.EdgeKeys);
        Assert.Equal(document.Nodes.Select(n => (n.Id, AsWritten(n.Attributes))), read.Nodes.Select(n => (n.Id, n.Attributes)));
        Assert.Equal(document.Edges.Select(e => (e.Source, e.Target, AsWritten(e.Attributes))), read.Edges.Select(e => (e.Source, e.Target, e.Attributes)));
    }

    [Fact]
    public void Write_DoublesReadBackBitForBit()
    {
        double[] values = [0.1, 1.0 / 3, 2.0 / 3, 1e-7, 1e16, 123456789.123456789, double.Epsilon, double.MaxValue, -double.MaxValue, 5e-324, 0.30000000000000004, double.PositiveInfinity, double.NegativeInfinity];
        var document = new GraphFileDocument(false, [], [], [.. values.Select((v, i) => new GraphFileNode($"n{i}", GraphFileAttributes.Of(("v", v))))], []);

        var read = RoundTrip(document);

        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), read.Nodes.Select(n => BitConverter.DoubleToInt64Bits((double)n.Attributes["v"])));
    }

    [Fact]
    public void Write_TextXmlCannotHold_IsReplaced_AndTheFileStaysValid()
    {
        var document = new GraphFileDocument(true, [], [],
            [new GraphFileNode("a\u0001b", GraphFileAttributes.Of(("name", "nul\0 esc\u001b lone\uDC00 ok\uD83D\uDE00 & <tag> \"q\" 'a'")))], []);

        var text = GraphFileFixtures.WriteText(document, gexf: false);
        var xml = XDocument.Parse(text);

        Assert.Equal("a\uFFFDb", xml.Root!.Element(G + "graph")!.Element(G + "node")!.Attribute("id")!.Value);
        Assert.Equal("nul\uFFFD esc\uFFFD lone\uFFFD ok\uD83D\uDE00 & <tag> \"q\" 'a'", xml.Descendants(G + "data").Single().Value);
    }

    [Fact]
    public void Write_NaN_IsLeftOut()
    {
        var document = new GraphFileDocument(true, [new("v", GraphFileValueType.Double)], [], [new GraphFileNode("a", GraphFileAttributes.Of(("v", double.NaN)))], []);

        var xml = XDocument.Parse(GraphFileFixtures.WriteText(document, gexf: false));

        Assert.Empty(xml.Descendants(G + "data"));
        Assert.Single(xml.Descendants(G + "key"));
    }

    [Fact]
    public void Write_UndeclaredAttributes_AreDeclared_OneKeyForEachNameAndType()
    {
        var document = new GraphFileDocument(true, [], [],
            [
                new GraphFileNode("a", GraphFileAttributes.Of(("code", "S12000010"))),
                new GraphFileNode("b", GraphFileAttributes.Of(("code", 7L), ("ok", true))),
            ],
            [new GraphFileEdge("a", "b", GraphFileAttributes.Of(("code", 1.5)))]);

        var keys = XDocument.Parse(GraphFileFixtures.WriteText(document, gexf: false)).Descendants(G + "key")
            .Select(k => $"{k.Attribute("id")!.Value} {k.Attribute("for")!.Value} {k.Attribute("attr.name")!.Value} {k.Attribute("attr.type")!.Value}");

        Assert.Equal(["d0 node code string", "d1 node code long", "d2 node ok boolean", "d3 edge code double"], keys);
        Assert.Equal(document.Nodes.Select(n => n.Attributes), RoundTrip(document).Nodes.Select(n => n.Attributes));
    }

    [Fact]
    public void Write_IsUtf8WithoutByteOrderMark_AndDeclaresIt()
    {
        var bytes = GraphFileFixtures.Write(GraphFileFixtures.Showcase(), gexf: false);

        Assert.Equal((byte)'<', bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("Café 東京", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
