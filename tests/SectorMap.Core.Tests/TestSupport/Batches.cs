using System.Text;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.TestSupport;

/// <summary>Reads test files given as text, the way the importers read real ones.</summary>
internal static class Batches
{
    public static GraphBatchBuilder FromJson(string json, string fileName = "g.json")
    {
        var batch = new GraphBatchBuilder();
        InterchangeJsonReader.Read(Encoding.UTF8.GetBytes(json), fileName, batch);
        return batch;
    }

    public static GraphBatchBuilder FromCsv(params (string FileName, string Text)[] files)
    {
        var batch = new GraphBatchBuilder();
        foreach (var (fileName, text) in files)
        {
            CsvGraphReader.Read(text, fileName, batch);
        }

        return batch;
    }

    public static ValidationReport Validate(string json, IReadOnlyDictionary<string, string>? stored = null) =>
        BatchValidator.Validate(FromJson(json), stored);

    /// <summary>A graph wrapped in the interchange envelope; nodes and relationships given as JSON array bodies.</summary>
    public static string Graph(string nodes, string relationships = "") =>
        $$"""{"format": "sectormap", "version": 1, "nodes": [{{nodes}}], "relationships": [{{relationships}}]}""";
}
