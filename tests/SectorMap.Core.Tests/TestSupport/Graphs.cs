using System.Text;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.TestSupport;

/// <summary>Validated snapshots of test graphs, and their JSON text.</summary>
internal static class Graphs
{
    public static GraphSnapshot Valid(string json)
    {
        var report = BatchValidator.Validate(Batches.FromJson(json));
        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        return new GraphSnapshot(report.Batch!.Nodes, report.Batch.Relationships);
    }

    public static string ToJson(GraphSnapshot graph, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        InterchangeJsonWriter.Write(stream, graph, options ?? ExportOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Asserts two graphs hold the same nodes and relationships, property for property, in any order.</summary>
    public static void AssertSame(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal), actual.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal));
        Assert.Equal(
            expected.Relationships.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal),
            actual.Relationships.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal));
    }
}
