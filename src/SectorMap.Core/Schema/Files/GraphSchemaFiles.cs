namespace SectorMap.Core.Schema.Files;

/// <summary>Every file of <c>graph-schema/</c>, by name, as the model generates it.</summary>
public static class GraphSchemaFiles
{
    public static IReadOnlyDictionary<string, string> Generate() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [InterchangeJsonSchema.FileName] = InterchangeJsonSchema.Generate(),
        [CypherSchema.FileName(Neo4jGeneration.V3)] = CypherSchema.Generate(Neo4jGeneration.V3),
        [CypherSchema.FileName(Neo4jGeneration.V4Plus)] = CypherSchema.Generate(Neo4jGeneration.V4Plus),
        [ModelReference.FileName] = ModelReference.Generate(),
    };

    public static void WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in Generate())
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
    }
}
