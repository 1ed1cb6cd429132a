using SectorMap.Analysis.Graphs;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Tests.TestSupport;

namespace SectorMap.Analysis.Tests.Metrics;

public class LouvainTests
{
    public static TheoryData<string> Graphs => new(NetworkXFixture.Names);

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Best_ReachesWithinThreePercentOfNetworkXsBestOfTen(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);

        var (_, modularity) = Louvain.Best(fixture.Graph);

        Assert.True(modularity >= 0.97 * fixture.LouvainBestModularity,
            $"{graph}: modularity {modularity:F4}, NetworkX's best of ten {fixture.LouvainBestModularity:F4}");
    }

    [Fact]
    public void Best_IsDeterministic_AndNumbersCommunitiesLargestFirst()
    {
        var fixture = NetworkXFixture.Load("lesmis");

        var (first, q1) = Louvain.Best(fixture.Graph);
        var (second, q2) = Louvain.Best(fixture.Graph);

        Assert.Equal(first, second);
        Assert.Equal(q1, q2);
        var sizes = first.GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
    }

    [Fact]
    public void Modularity_OfTwoTrianglesJoinedByOneEdge_IsTheTextbookValue()
    {
        var graph = CsrGraph.FromEdges(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]);

        var (community, modularity) = Louvain.Compute(graph);

        // Two communities of three: Q = 2 × (3/7 − (7/14)²) = 5/14.
        Assert.Equal([0, 0, 0, 1, 1, 1], community);
        Assert.Equal(5.0 / 14, modularity, 12);
    }
}
