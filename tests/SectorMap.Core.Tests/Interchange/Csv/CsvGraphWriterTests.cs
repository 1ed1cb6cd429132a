using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Model;
using SectorMap.Core.Tests.TestSupport;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.Interchange.Csv;

public class CsvGraphWriterTests
{
    private static (string Nodes, string Relationships) Write(GraphSnapshot graph, ExportOptions options)
    {
        using var nodes = new StringWriter();
        using var relationships = new StringWriter();
        CsvGraphWriter.WriteNodes(nodes, graph.Nodes, options);
        CsvGraphWriter.WriteRelationships(relationships, graph.Relationships);
        return (nodes.ToString(), relationships.ToString());
    }

    [Fact]
    public void Write_ThenRead_IsLossless()
    {
        var graph = Graphs.Valid(SampleGraphs.Rich);
        var (nodes, relationships) = Write(graph, new ExportOptions(IncludePersonal: true));
        var report = BatchValidator.Validate(Batches.FromCsv(("nodes.csv", nodes), ("relationships.csv", relationships)));
        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Graphs.AssertSame(graph, new GraphSnapshot(report.Batch!.Nodes, report.Batch.Relationships));
    }

    [Fact]
    public void Write_TypesUserAttributeHeaders_AndKeepsModelColumnsPlain()
    {
        var (nodes, relationships) = Write(Graphs.Valid(SampleGraphs.Rich), ExportOptions.Default);
        var header = nodes.Split("\r\n")[0];
        Assert.StartsWith("id,label,name,kind,sector,orgId,aliases,income,website,tier,statutory,role,status,description,code,", header);
        Assert.Contains("code:number", header, StringComparison.Ordinal);
        Assert.Contains("founded:number", header, StringComparison.Ordinal);
        Assert.Contains("member:bool", header, StringComparison.Ordinal);
        Assert.Contains("tags:list", header, StringComparison.Ordinal);
        Assert.StartsWith("type,from,to,since,until,seat,engagement,mandate,role,flagged:bool,vote:number\r\n", relationships);
    }

    [Fact]
    public void Write_WithoutIncludePersonal_HasNoContactColumns()
    {
        var (nodes, _) = Write(Graphs.Valid(SampleGraphs.Rich), ExportOptions.Default);
        Assert.DoesNotContain("email", nodes, StringComparison.Ordinal);
        Assert.DoesNotContain("ailsa@example.org", nodes, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuotesCellsThatNeedIt()
    {
        var (nodes, _) = Write(Graphs.Valid(SampleGraphs.Rich), ExportOptions.Default);
        Assert.Contains("\"a \"\"quoted\"\", comma-laden\nmulti-line note\"", nodes, StringComparison.Ordinal);
        Assert.Contains("East Lothian TSI;Strive\\; the TSI", nodes, StringComparison.Ordinal);
    }
}
