using NJsonSchema;
using SectorMap.Core.Schema.Files;
using SectorMap.Core.Tests.TestSupport;
using static SectorMap.Core.Tests.TestSupport.Batches;

namespace SectorMap.Core.Tests.Schema.Files;

/// <summary>
/// The JSON Schema and the C# validator must give one answer on what a schema can express. An
/// independent validator (NJsonSchema) reads the schema, so this is not the model checking itself.
/// </summary>
public class InterchangeJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(InterchangeJsonSchema.Generate()).GetAwaiter().GetResult();

    private static bool SchemaAccepts(string json) => Schema.Validate(json).Count == 0;

    public static TheoryData<string> Rejected => new()
    {
        Graph("""{"id": "x", "label": "Organization", "name": "X", "sector": "third"}"""),
        Graph("""{"id": "org:a", "label": "Organisation", "name": "A", "kind": "charty", "sector": "third"}"""),
        Graph("""{"id": "bad id", "label": "Theme", "name": "T"}"""),
        Graph("""{"id": "t", "label": "Theme"}"""),
        Graph("""{"id": "t", "label": "Theme", "name": "  "}"""),
        Graph("""{"id": "org:a", "label": "Organisation", "name": "A"}"""),
        Graph("""{"id": "org:a", "label": "Organisation", "name": "A", "sector": "third", "income": "12k"}"""),
        Graph("""{"id": "t", "label": "Theme", "name": "T", "has space": 1}"""),
        Graph("""{"id": "t", "label": "Theme", "name": "T", "meta": {"a": 1}}"""),
        Graph("""{"id": "tg:t", "label": "ThematicGroup", "name": "T"}, {"id": "ptn:b", "label": "Partnership", "name": "B"}""", """{"type": "PART_OF", "from": "tg:t", "to": "ptn:b", "since": "2018-01-01"}"""),
        Graph("""{"id": "d", "label": "Delegate", "name": "D"}, {"id": "b", "label": "Partnership", "name": "B"}""", """{"type": "SITS_ON", "from": "d", "to": "b", "engagement": "voting"}"""),
        Graph("""{"id": "d", "label": "Delegate", "name": "D"}, {"id": "b", "label": "Partnership", "name": "B"}""", """{"type": "SITS_IN", "from": "d", "to": "b"}"""),
        Graph("""{"id": "d", "label": "Delegate", "name": "D"}, {"id": "b", "label": "Partnership", "name": "B"}""", """{"type": "SITS_ON", "from": "d", "to": "b", "since": "21/11/2017"}"""),
        """{"format": "sectormap", "version": 2, "nodes": []}""",
        """{"nodes": [], "relationship": []}""",
        """{"format": "sectormap"}""",
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void SchemaAndValidator_BothReject(string json)
    {
        Assert.False(Validate(json).IsValid, "the C# validator accepted it");
        Assert.False(SchemaAccepts(json), "the JSON Schema accepted " + json);
    }

    [Fact]
    public void SchemaAndValidator_BothAcceptTheRichSample()
    {
        Assert.True(Validate(SampleGraphs.Rich).IsValid);
        Assert.Empty(Schema.Validate(SampleGraphs.Rich));
    }

    [Fact]
    public void SchemaAndValidator_BothAcceptNotSetValuesAndAnInferableSector()
    {
        var json = Graph("""{"id": "org:a", "label": "Organisation", "name": "A", "kind": "charity", "income": null, "website": "", "mine": null}""");
        Assert.True(Validate(json).IsValid);
        Assert.Empty(Schema.Validate(json));
    }

    [Fact]
    public void SchemaAccepts_EveryBundledSeed()
    {
        var seeds = Directory.GetFiles(Repository.PathOf("seed"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(seeds);
        Assert.All(seeds, path => Assert.Empty(Schema.Validate(File.ReadAllText(path))));
    }
}
