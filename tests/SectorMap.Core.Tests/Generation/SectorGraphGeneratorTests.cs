using SectorMap.Core.Generation;
using SectorMap.Core.Schema;
using SectorMap.Core.Tests.TestSupport;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Tests.Generation;

public class SectorGraphGeneratorTests
{
    private static readonly SectorMap.Core.Model.GraphSnapshot Sample = SectorGraphGenerator.Generate(new GeneratorOptions(3_000, Seed: 5));

    [Fact]
    public void Generate_SameSeed_SameGraph_OtherSeed_OtherGraph()
    {
        var again = SectorGraphGenerator.Generate(new GeneratorOptions(3_000, Seed: 5));
        var other = SectorGraphGenerator.Generate(new GeneratorOptions(3_000, Seed: 6));

        Assert.Equal(Graphs.ToJson(Sample), Graphs.ToJson(again));
        Assert.NotEqual(Graphs.ToJson(Sample), Graphs.ToJson(other));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(3_000)]
    public void Generate_IsValid_WithExactlyTheOrganisationsAskedFor(int organisations)
    {
        var graph = organisations == 3_000 ? Sample : SectorGraphGenerator.Generate(new GeneratorOptions(organisations));

        var report = BatchValidator.Validate(SnapshotSource.ToBatch(graph, "generated"));

        Assert.Empty(report.Issues);
        Assert.Equal(organisations, graph.Nodes.Count(n => n.Label == NodeLabels.Organisation));
    }

    [Fact]
    public void Generate_UsesEveryLabelAndRelationshipType()
    {
        Assert.Equal(GraphModel.Labels.Select(l => l.Name).Order(), Sample.Nodes.Select(n => n.Label).Distinct().Order());
        Assert.Equal(GraphModel.Relationships.Select(r => r.Name).Order(), Sample.Relationships.Select(r => r.Type).Distinct().Order());
    }

    [Fact]
    public void Generate_HasAboutFiveRelationshipsPerOrganisation()
    {
        var perOrganisation = Sample.Relationships.Count / 3_000.0;
        Assert.InRange(perOrganisation, 4.0, 6.5);
    }

    [Fact]
    public void Generate_SeatsPerDelegate_AreHeavyTailed()
    {
        var seats = Sample.Relationships.Where(r => r.Type == RelationshipTypes.SitsOn).GroupBy(r => r.From).Select(g => g.Count()).Order().ToList();
        var median = seats[seats.Count / 2];

        Assert.True(seats.Count(s => s <= 2) > seats.Count * 0.6, "most delegates hold one or two seats");
        Assert.True(seats[^1] >= 5 * median, $"the busiest delegate holds {seats[^1]} seats, the median {median}");
    }

    [Fact]
    public void Generate_SnapshotOrder_IsSortedLikeAStore()
    {
        Assert.Equal(Sample.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), Sample.Nodes.Select(n => n.Id));
    }
}
