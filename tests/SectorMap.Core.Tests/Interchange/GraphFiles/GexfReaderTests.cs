using System.Text;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

public class GexfReaderTests
{
    private const string Open = """<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">""";

    private static GraphFileDocument Read(string xml) => GexfReader.Read(Encoding.UTF8.GetBytes(xml), "g.gexf");

    private static string Error(string xml) => Assert.Throws<GraphFileException>(() => Read(xml)).Message;

    [Fact]
    public void Read_XmlLabelAndWeight_BecomeAttributes_AsNetworkXHasThem()
    {
        var document = Read($"""
            {Open}
              <graph defaultedgetype="directed">
                <attributes class="node">
                  <attribute id="0" title="label" type="string"/>
                  <attribute id="1" title="name" type="string"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="2" title="since" type="string"/>
                </attributes>
                <nodes>
                  <node id="a" label="Organisation"><attvalues><attvalue for="0" value="ignored"/><attvalue for="1" value="A"/></attvalues></node>
                  <node id="b"/>
                </nodes>
                <edges>
                  <edge id="e0" source="a" target="b" weight="2.5" label="chair"><attvalues><attvalue for="2" value="2020-01-01"/></attvalues></edge>
                  <edge source="b" target="a" type="SITS_ON"/>
                </edges>
              </graph>
            </gexf>
            """);

        Assert.True(document.Directed);
        Assert.Equal(GraphFileAttributes.Of(("label", "Organisation"), ("name", "A")), document.Nodes[0].Attributes);
        Assert.Equal(["label", "name"], document.Nodes[0].Attributes.Keys);
        Assert.Empty(document.Nodes[1].Attributes);
        Assert.Equal(GraphFileAttributes.Of(("label", "chair"), ("weight", 2.5), ("since", "2020-01-01")), document.Edges[0].Attributes);
        Assert.Equal("e0", document.Edges[0].Id);
        Assert.Equal(GraphFileAttributes.Of(("type", "SITS_ON")), document.Edges[1].Attributes);
        Assert.Null(document.Edges[1].Id);
        Assert.Equal(["label", "name"], document.NodeKeys.Select(k => k.Name));
        Assert.Equal(["type", "label", "weight", "since"], document.EdgeKeys.Select(k => k.Name));
    }

    [Fact]
    public void Read_GephiTypesDefaultsAndOldVersions_AreUnderstood()
    {
        var document = Read("""
            <gexf xmlns="http://www.gexf.net/1.1draft" xmlns:viz="http://www.gexf.net/1.1draft/viz" version="1.1">
              <meta><creator>Gephi</creator></meta>
              <graph defaultedgetype="mutual" mode="dynamic">
                <attributes class="node" mode="static">
                  <attribute id="i" title="count" type="integer"/>
                  <attribute id="f" title="share" type="float"><default>0.5</default></attribute>
                  <attribute id="b" title="ok" type="boolean"/>
                  <attribute id="l" title="tags" type="liststring"/>
                  <attribute id="u" title="site" type="anyURI"/>
                </attributes>
                <nodes>
                  <node id="a" label="A">
                    <attvalues><attvalue id="i" value="3"/><attvalue id="b" value="true"/><attvalue id="l" value="[x, y]"/><attvalue id="u" value="https://example.org"/></attvalues>
                    <viz:position x="1" y="2"/><viz:color r="1" g="2" b="3"/>
                    <spells><spell start="2000" end="2001"/></spells>
                  </node>
                </nodes>
              </graph>
            </gexf>
            """);

        Assert.False(document.Directed);
        Assert.Equal(GraphFileAttributes.Of(("label", "A"), ("count", 3L), ("share", 0.5), ("ok", true), ("tags", "[x, y]"), ("site", "https://example.org")), document.Nodes[0].Attributes);
    }

    [Fact]
    public void Read_SectorMapListMarker_GivesAList()
    {
        var document = Read($"""
            {Open}<graph><attributes class="node"><attribute id="0" title="aliases" type="string" xmlns:sm="urn:sectormap:graph-files" sm:list="json"/></attributes>
            <nodes><node id="a"><attvalues><attvalue for="0" value="[&quot;x;y&quot;,&quot;z&quot;]"/></attvalues></node></nodes></graph></gexf>
            """);

        Assert.Equal(new[] { "x;y", "z" }, (IReadOnlyList<string>)document.Nodes[0].Attributes["aliases"]);
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedAtTheDoctype()
    {
        var message = Error($"""
            <?xml version="1.0"?>
            <!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            {Open}<graph><nodes><node id="x" label="&c;"/></nodes></graph></gexf>
            """);

        Assert.StartsWith("g.gexf:2:1: DTDs are not allowed", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_IsRefused()
    {
        var message = Error($"<!DOCTYPE gexf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n{Open}<graph><nodes><node id=\"x\" label=\"&xxe;\"/></nodes></graph></gexf>");

        Assert.StartsWith("g.gexf:1:1: DTDs are not allowed", message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_IsOneError()
    {
        Assert.StartsWith("g.gexf:2:", Error($"{Open}\n<graph><nodes><node id=\"a\" label=\"A"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EdgeToUnknownNode_PointsAtTheEdge()
    {
        Assert.Equal("g.gexf:3:1: the edge a -> zz joins a node the file does not declare: no <node> has id \"zz\"",
            Error($"{Open}<graph>\n<nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"zz\"/></edges></graph></gexf>"));
    }

    [Theory]
    [InlineData("""<attributes class="node"><attribute id="0" title="score" type="double"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="abc"/></attvalues></node></nodes>""", "g.gexf:1:208: \"abc\" is not a number, as attribute \"score\" declares")]
    [InlineData("""<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="heavy"/></edges>""", "g.gexf:1:128: \"heavy\" is not a number, as attribute \"weight\" declares")]
    [InlineData("""<nodes><node id="a"><attvalues><attvalue for="9" value="1"/></attvalues></node></nodes>""", "g.gexf:1:123: no <attribute class=\"node\"> declares id \"9\"")]
    [InlineData("""<attributes class="node"><attribute id="0" title="v" type="long"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="1" start="1"/><attvalue for="0" value="2" start="2"/></attvalues></node></nodes>""", "g.gexf:1:241: \"v\" is given twice for this node: dynamic attribute values are not supported")]
    [InlineData("""<nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes>""", "g.gexf:1:112: hierarchical graphs (nodes within nodes) are not supported")]
    [InlineData("""<nodes><node id="a"/><node id="b" pid="a"/></nodes>""", "g.gexf:1:113: hierarchical graphs (nodes within nodes) are not supported")]
    [InlineData("""<nodes><node id="a"/><node id="a"/></nodes>""", "g.gexf:1:113: duplicate node id \"a\" (first at g.gexf:1:99)")]
    [InlineData("""<nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="undirected"/></edges>""", "g.gexf:1:128: a undirected edge in a graph whose defaultedgetype says otherwise: mixed graphs are not supported")]
    public void Read_UnsupportedOrInconsistent_IsOneLocatedError(string body, string expected)
    {
        Assert.Equal(expected, Error($"{Open}<graph defaultedgetype=\"directed\">{body}</graph></gexf>"));
    }

    [Fact]
    public void Read_NoGraph_OrAnotherRoot_IsAnError()
    {
        Assert.Equal("g.gexf:1:1: the file has no <graph>", Error($"{Open}<meta/></gexf>"));
        Assert.Equal("g.gexf:1:1: expected a GEXF file: its root element is <graphml>, not <gexf>", Error("<graphml/>"));
    }
}
