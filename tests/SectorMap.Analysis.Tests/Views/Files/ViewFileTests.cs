using System.Text.Json;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Views;
using SectorMap.Analysis.Views.Files;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Tests.Views.Files;

public class ViewFileTests
{
    private static GraphView Delegates()
    {
        var ann = new GraphNode("del:ann", "Delegate", "Ann", PropertyBag.From([new("email", PropertyValue.Of("ann@example.org")), new("role", PropertyValue.Of("Chief Executive"))]));
        var bob = new GraphNode("del:bob", "Delegate", "Bob, \"the chair\"", PropertyBag.From([new("role", PropertyValue.Of("Chair"))]));
        var cat = new GraphNode("del:cat", "Delegate", "Cat", PropertyBag.Empty);
        var ptn = new GraphNode("ptn:x", "Partnership", "X", PropertyBag.Empty);
        var ptnY = new GraphNode("ptn:y", "Partnership", "Y", PropertyBag.Empty);
        static GraphRelationship Seat(string who, string body) => new("SITS_ON", who, body, null, null, PropertyBag.Empty);
        var snapshot = new GraphSnapshot([ann, bob, cat, ptn, ptnY], [Seat("del:ann", "ptn:x"), Seat("del:bob", "ptn:x"), Seat("del:ann", "ptn:y"), Seat("del:bob", "ptn:y"), Seat("del:cat", "ptn:y")]);
        return GraphViewBuilder.Build(snapshot, ViewKind.Delegates);
    }

    [Fact]
    public void PersonalData_IsLeftOut_UnlessAsked()
    {
        Assert.DoesNotContain(ViewFile.Of(Delegates()).Fields, f => f.Name == "email");
        Assert.Contains(ViewFile.Of(Delegates(), includePersonal: true).Fields, f => f.Name == "email");
    }

    [Fact]
    public void Json_HasNodesAndEdges_WithSourceTargetAndWeight()
    {
        var table = NetworkMetrics.Compute(Delegates(), new MetricsOptions { Metrics = [MetricNames.Degree] });
        using var stream = new MemoryStream();

        ViewJsonWriter.Write(stream, ViewFile.Of(Delegates(), table, asOf: new DateOnly(2026, 1, 2)));

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.False(root.GetProperty("directed").GetBoolean());
        Assert.Equal("2026-01-02", root.GetProperty("graph").GetProperty("asOf").GetString());
        var ann = root.GetProperty("nodes")[0];
        Assert.Equal(["id", "label", "name", "role", "degree"], ann.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, ann.GetProperty("degree").GetInt64());
        Assert.IsType<long>(ViewFile.Of(Delegates(), table).Values[0][^1]);
        var edges = root.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("weight").GetDouble())).ToList();
        Assert.Equal([("del:ann", "del:bob", 2.0), ("del:ann", "del:cat", 1.0), ("del:bob", "del:cat", 1.0)], edges);
    }

    [Fact]
    public void Csv_HasOneRowANode_QuotedWhereNeeded_AndEmptyWhereUnset()
    {
        using var text = new StringWriter();

        ViewCsvWriter.Write(text, ViewFile.Of(Delegates()));

        Assert.Equal(
            ["id,label,name,role", "del:ann,Delegate,Ann,Chief Executive", "del:bob,Delegate,\"Bob, \"\"the chair\"\"\",Chair", "del:cat,Delegate,Cat,"],
            text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }
}
