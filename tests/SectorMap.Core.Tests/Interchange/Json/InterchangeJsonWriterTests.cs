using SectorMap.Core.Interchange;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Interchange.Json;

public class InterchangeJsonWriterTests
{
    [Fact]
    public void Write_ThenRead_IsLossless()
    {
        var graph = Graphs.Valid(SampleGraphs.Rich);
        var again = Graphs.Valid(Graphs.ToJson(graph, new ExportOptions(IncludePersonal: true)));
        Graphs.AssertSame(graph, again);
        Assert.Equal(Graphs.ToJson(graph, new ExportOptions(true)), Graphs.ToJson(again, new ExportOptions(true)));
    }

    [Fact]
    public void Write_CanonicalNumbersAndUserAttributes()
    {
        var json = Graphs.ToJson(Graphs.Valid(SampleGraphs.Rich));
        Assert.Contains("\"income\":1250000.5", json, StringComparison.Ordinal);
        Assert.Contains("\"amountAwarded\":15000", json, StringComparison.Ordinal);
        Assert.Contains("\"founded\":1998", json, StringComparison.Ordinal);
        Assert.Contains("\"member\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"tags\":[\"tsi\",\"infrastructure\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithoutIncludePersonal_DropsDelegateContactDetails()
    {
        var graph = Graphs.Valid(SampleGraphs.Rich);
        var without = Graphs.ToJson(graph);
        Assert.DoesNotContain("ailsa@example.org", without, StringComparison.Ordinal);
        Assert.DoesNotContain("01234 567890", without, StringComparison.Ordinal);
        Assert.Contains("Third Sector Delegate", without, StringComparison.Ordinal);

        var with = Graphs.ToJson(graph, new ExportOptions(IncludePersonal: true));
        Assert.Contains("\"email\":\"ailsa@example.org\"", with, StringComparison.Ordinal);
        Assert.Contains("\"phone\":\"01234 567890\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PutsOneElementOnALine_ModelPropertiesFirst()
    {
        var lines = Graphs.ToJson(Graphs.Valid(SampleGraphs.Rich)).Split('\n');
        var strive = Assert.Single(lines, l => l.Contains("\"id\":\"org:strive\"", StringComparison.Ordinal));
        Assert.StartsWith("    {\"id\":\"org:strive\",\"label\":\"Organisation\",\"name\":\"STRiVE\",\"kind\":\"tsi\",\"sector\":\"third\",\"orgId\"", strive);
        Assert.Equal(10 + 15, lines.Count(l => l.StartsWith("    {", StringComparison.Ordinal) && l.TrimEnd(',').EndsWith('}')));
    }

    [Fact]
    public void Write_EmptyGraph_IsAValidFile()
    {
        var graph = Graphs.Valid(Batches.Graph(string.Empty));
        Assert.Equal("{\n  \"format\": \"sectormap\",\n  \"version\": 1,\n  \"nodes\": [],\n  \"relationships\": []\n}\n", Graphs.ToJson(graph));
    }
}
