using System.Text.Json;

namespace SectorMap.Storage.Neo4j;

/// <summary>The rows one statement returned, each a list of column values.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    public static Neo4jResult Empty { get; } = new([], []);
}
