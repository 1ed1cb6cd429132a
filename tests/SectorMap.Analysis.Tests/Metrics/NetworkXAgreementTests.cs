using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Metrics.Paths;
using SectorMap.Analysis.Tests.TestSupport;

namespace SectorMap.Analysis.Tests.Metrics;

/// <summary>
/// The exact measures agree with NetworkX to 1e-9 on Zachary's karate club, Padgett's Florentine
/// families, Les Misérables, Davis's Southern Women as a two-mode graph, and a random graph with
/// several components and isolated nodes.
/// </summary>
public class NetworkXAgreementTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Graphs => new(NetworkXFixture.Names);

    private static void AssertAgrees(NetworkXFixture fixture, string metric, double[] actual, double tolerance = Tolerance)
    {
        var expected = fixture.Expected(metric);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{fixture.Name}: {metric} of node {fixture.Nodes[i]} is {actual[i]:R}, NetworkX says {expected[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Degree_AndDegreeCentrality(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "degree", DegreeMetrics.Degree(fixture.Graph).Select(d => (double)d).ToArray());
        AssertAgrees(fixture, "degreeCentrality", DegreeMetrics.Centrality(fixture.Graph));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Betweenness_Exact(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "betweenness", Betweenness.Exact(fixture.Graph));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Closeness_WithWassermanFaustCorrection(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "closeness", Closeness.Compute(fixture.Graph));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Clustering_Local(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "clustering", Clustering.Compute(fixture.Graph));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void CoreNumber_Matches(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "coreNumber", CoreNumber.Compute(fixture.Graph).Select(c => (double)c).ToArray());
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void PageRank_AgreesToTheIterativeTolerance(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        var rank = PageRank.Compute(fixture.Graph);
        AssertAgrees(fixture, "pagerank", rank, 1e-6);
        Assert.Equal(1.0, rank.Sum(), 9);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Eigenvector_AgreesToTheIterativeTolerance(string graph)
    {
        var fixture = NetworkXFixture.Load(graph);
        AssertAgrees(fixture, "eigenvector", Eigenvector.Compute(fixture.Graph), 1e-6);
    }

    [Fact]
    public void Betweenness_IsTheSameToTheLastBit_RunAfterRun()
    {
        var fixture = NetworkXFixture.Load("lesmis");
        var first = Betweenness.Exact(fixture.Graph);
        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(first, Betweenness.Exact(fixture.Graph));
        }
    }
}
