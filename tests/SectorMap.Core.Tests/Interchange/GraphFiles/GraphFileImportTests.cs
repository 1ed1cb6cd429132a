using System.Text;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Model;
using SectorMap.Core.Tests.TestSupport;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.Interchange.GraphFiles;

public class GraphFileImportTests
{
    private static GraphBatchBuilder Batch(string graphml)
    {
        var batch = new GraphBatchBuilder();
        GraphFileImport.AddTo(batch, GraphMlReader.Read(Encoding.UTF8.GetBytes(graphml), "g.graphml"));
        return batch;
    }

    private static string Graphml(string keys, string graph) =>
        $"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n{keys}\n<graph edgedefault=\"directed\">\n{graph}\n</graph>\n</graphml>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ExportThenImport_GivesTheSameGraph(bool gexf)
    {
        var graph = Graphs.Valid(SampleGraphs.Rich);
        var bytes = GraphFileFixtures.Write(GraphFileExport.FromSnapshot(graph, new ExportOptions(IncludePersonal: true)), gexf);
        var batch = new GraphBatchBuilder();

        GraphFileImport.AddTo(batch, gexf ? GexfReader.Read(bytes, "g.gexf") : GraphMlReader.Read(bytes, "g.graphml"));
        var report = BatchValidator.Validate(batch);

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Graphs.AssertSame(graph, new GraphSnapshot(report.Batch!.Nodes, report.Batch.Relationships));
    }

    [Fact]
    public void ValidatorProblems_PointAtTheXmlElement()
    {
        var report = BatchValidator.Validate(Batch(Graphml(
            """<key id="l" for="node" attr.name="label" attr.type="string"/><key id="n" for="node" attr.name="name" attr.type="string"/><key id="t" for="edge" attr.name="type" attr.type="string"/>""",
            """
              <node id="org:a"><data key="l">Organisation</data><data key="n">A</data></node>
              <node id="thm:b"><data key="l">Theme</data><data key="n">B</data></node>
              <node id="org:typo"><data key="l">Organisaton</data><data key="n">C</data></node>
              <edge source="thm:b" target="org:a"><data key="t">WORKS_ON</data></edge>
            """)));

        Assert.Equal(
            [
                "g.graphml:4:3: sector is required for an organisation: one of third, public, private (or give a kind to infer it from)",
                "g.graphml:6:3: unknown label \"Organisaton\" (did you mean \"Organisation\"?); expected one of Organisation, Partnership, ThematicGroup, Delegate, Theme, BeneficiaryGroup, Area, Grant",
                "g.graphml:7:3: WORKS_ON goes from Organisation to Theme; \"thm:b\" is a Theme and \"org:a\" is an Organisation",
            ],
            report.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void TextValues_TakeTheModelsTypes_ListsAsJsonOrSemicolons()
    {
        var batch = Batch(Graphml(
            string.Concat(new[] { "label", "name", "sector", "income", "aliases", "statutory" }.Select(k => $"<key id=\"{k}\" for=\"node\" attr.name=\"{k}\"/>")),
            """
              <node id="org:a"><data key="label">Organisation</data><data key="name">A</data><data key="sector">third</data><data key="income"> 1250.50 </data><data key="aliases">["A; the first", "Alpha"]</data></node>
              <node id="org:b"><data key="label">Organisation</data><data key="name">B</data><data key="sector">third</data><data key="aliases">Beta; Bravo</data></node>
              <node id="ptn:c"><data key="label">Partnership</data><data key="name">C</data><data key="statutory">true</data></node>
            """));

        var report = BatchValidator.Validate(batch);

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        var nodes = report.Batch!.Nodes;
        Assert.Equal(PropertyValue.Of(1250.5m), nodes[0].Properties["income"]);
        Assert.Equal(PropertyValue.Of(["A; the first", "Alpha"]), nodes[0].Properties["aliases"]);
        Assert.Equal(PropertyValue.Of(["Beta", "Bravo"]), nodes[1].Properties["aliases"]);
        Assert.Equal(PropertyValue.Of(true), nodes[2].Properties["statutory"]);
    }

    [Fact]
    public void ModelPropertyOfTheWrongType_IsNamedByTheValidator_AtTheElement()
    {
        var report = BatchValidator.Validate(Batch(Graphml(
            """<key id="l" for="node" attr.name="label"/><key id="n" for="node" attr.name="name"/><key id="s" for="node" attr.name="statutory" attr.type="double"/>""",
            """<node id="ptn:c"><data key="l">Partnership</data><data key="n">C</data><data key="s">1</data></node>""")));

        Assert.Equal("g.graphml:4:1: statutory must be true or false, not the number 1", Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void EdgeDatesAndReservedNames_AreChecked()
    {
        var batch = Batch(Graphml(
            """<key id="t" for="edge" attr.name="type"/><key id="s" for="edge" attr.name="since"/><key id="f" for="edge" attr.name="from"/><key id="i" for="node" attr.name="id"/>""",
            """
            <node id="a"><data key="i">a</data></node>
            <node id="b"><data key="i">bee</data></node>
            <edge source="a" target="b"><data key="t">WITHIN</data><data key="s">21/11/2017</data><data key="f">a</data></edge>
            """));

        Assert.Equal(
            [
                "g.graphml:5:1: the attribute id \"bee\" differs from the node's XML id \"b\"; a node has one id",
                "g.graphml:6:1: an edge attribute cannot be called \"from\": an edge goes from its source to its target",
                "g.graphml:6:1: since \"21/11/2017\" is not a date (YYYY-MM-DD)",
            ],
            batch.Issues.Select(i => i.ToString()));
        Assert.Null(batch.Relationships[0].Since);
    }

    [Fact]
    public void ANumberNoDecimalHolds_IsAnError()
    {
        var batch = Batch(Graphml("""<key id="x" for="node" attr.name="tiny" attr.type="double"/>""", """<node id="a"><data key="x">1e-300</data></node>"""));

        Assert.Equal("g.graphml:4:1: tiny 1E-300 is not a number SectorMap can keep exactly", Assert.Single(batch.Issues).ToString());
    }

    [Fact]
    public void NetworkXDoubles_BecomeTheDecimalsTheySpell()
    {
        var batch = Batch(Graphml("""<key id="x" for="node" attr.name="score" attr.type="double"/>""", """<node id="a"><data key="x">0.30000000000000004</data></node><node id="b"><data key="x">0.1</data></node>"""));

        Assert.Equal([0.30000000000000004m, 0.1m], batch.Nodes.Select(n => n.Properties["score"].AsNumber()));
    }
}
