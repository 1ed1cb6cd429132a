using SectorMap.Core.Schema;
using SectorMap.Core.Schema.Files;
using SectorMap.Core.Tests.TestSupport;

namespace SectorMap.Core.Tests.Schema.Files;

public class GraphSchemaFilesTests
{
    public static TheoryData<string> FileNames => new(GraphSchemaFiles.Generate().Keys);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void CommittedFile_MatchesTheCSharpModel(string name)
    {
        var committed = Repository.PathOf("graph-schema", name);
        Assert.True(File.Exists(committed), $"graph-schema/{name} is missing: run `dotnet run --project src/SectorMap.Cli -- schema`");
        Assert.True(
            GraphSchemaFiles.Generate()[name] == File.ReadAllText(committed).ReplaceLineEndings("\n"),
            $"graph-schema/{name} has drifted from the C# model: run `dotnet run --project src/SectorMap.Cli -- schema` and commit the result");
    }

    [Fact]
    public void GraphSchemaFolder_HoldsNothingTheModelDoesNotGenerate()
    {
        var committed = Directory.GetFiles(Repository.PathOf("graph-schema")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(GraphSchemaFiles.Generate().Keys, committed);
    }

    [Theory]
    [InlineData(Neo4jGeneration.V3, "CREATE CONSTRAINT ON (n:ThematicGroup) ASSERT n.id IS UNIQUE")]
    [InlineData(Neo4jGeneration.V4Plus, "CREATE CONSTRAINT thematic_group_id IF NOT EXISTS FOR (n:ThematicGroup) REQUIRE n.id IS UNIQUE")]
    [InlineData(Neo4jGeneration.V4Plus, "CREATE CONSTRAINT beneficiary_group_id IF NOT EXISTS FOR (n:BeneficiaryGroup) REQUIRE n.id IS UNIQUE")]
    public void Cypher_HasAUniquenessConstraintPerLabel(Neo4jGeneration generation, string expected)
    {
        var statements = CypherSchema.Statements(generation);
        Assert.Equal(GraphModel.Labels.Count, statements.Count);
        Assert.Contains(expected, statements);
    }

    [Fact]
    public void Reference_NamesEveryLabelTypeAndVocabularyValue()
    {
        var reference = ModelReference.Generate();
        Assert.All(GraphModel.Labels, l => Assert.Contains($"### {l.Name}\n", reference, StringComparison.Ordinal));
        Assert.All(GraphModel.Relationships, r => Assert.Contains($"### {r.Name}\n", reference, StringComparison.Ordinal));
        Assert.All(Vocabularies.OrganisationKind.Concat(Vocabularies.Seat).Concat(Vocabularies.Mandate),
            v => Assert.Contains($"`{v}`", reference, StringComparison.Ordinal));
    }
}
