using SectorMap.Analysis.Graphs;
using SectorMap.Analysis.Metrics.Paths;
using SectorMap.Analysis.Tests.TestSupport;

namespace SectorMap.Analysis.Tests.Metrics.Paths;

/// <summary>The sampled estimate keeps its promise: every node within ε of the exact betweenness.</summary>
public class SampledBetweennessTests
{
    public static TheoryData<string, double> Cases => new()
    {
        { "lesmis", 0.02 },
        { "karate", 0.02 },
        { "random-components", 0.02 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_IsWithinTheErrorBound_OfNetworkXsExactValues(string name, double errorBound)
    {
        var fixture = NetworkXFixture.Load(name);

        var estimate = SampledBetweenness.Estimate(fixture.Graph, errorBound, 0.9);

        var exact = fixture.Expected("betweenness");
        var worst = exact.Zip(estimate.Values).Max(p => Math.Abs(p.First - p.Second));
        Assert.True(worst <= errorBound, $"{name}: worst error {worst} > {errorBound}");
        Assert.True(estimate.Values.Any(v => v > 0), "a graph with paths has some betweenness");
        Assert.Equal(new BetweennessSampling(SampledBetweenness.Method, estimate.Sampling.Samples, errorBound, 0.9), estimate.Sampling);
    }

    [Fact]
    public void Estimate_OnALargerScaleFreeGraph_IsWithinTheErrorBound()
    {
        var graph = RandomGraphs.PreferentialAttachment(3000, 3, seed: 5);

        var estimate = SampledBetweenness.Estimate(graph, 0.01, 0.9);

        var exact = Betweenness.Exact(graph);
        var worst = exact.Zip(estimate.Values).Max(p => Math.Abs(p.First - p.Second));
        Assert.True(worst <= 0.01, $"worst error {worst}");
        Assert.True(exact.Max() > 0.05, "the hubs carry real betweenness, so the bound is tested on non-trivial values");
    }

    [Fact]
    public void SampleSize_FollowsRiondatoAndKornaropoulos()
    {
        // n large: ε is barely tightened. VD = 10: ⌊log₂ 8⌋ + 1 = 4; ln(1/0.1) = 2.302585…
        var samples = SampledBetweenness.SampleSize(1_000_000, 10, 0.01, 0.9);

        var expected = 0.5 / Math.Pow(0.01 * (1_000_000 - 2.0) / 1_000_000, 2) * (4 + Math.Log(10));
        Assert.Equal((int)Math.Ceiling(expected), samples);
        Assert.InRange(samples, 31_500, 31_600);
    }

    [Fact]
    public void Estimate_IsTheSame_RunAfterRun()
    {
        var graph = NetworkXFixture.Load("lesmis").Graph;

        var first = SampledBetweenness.Estimate(graph, 0.05, 0.95, seed: 3).Values;

        Assert.Equal(first, SampledBetweenness.Estimate(graph, 0.05, 0.95, seed: 3).Values);
        Assert.NotEqual(first, SampledBetweenness.Estimate(graph, 0.05, 0.95, seed: 4).Values);
    }

    [Fact]
    public void AGraphWithNoPathOfThreeNodes_NeedsNoSamples_AndIsZero()
    {
        var pairs = CsrGraph.FromEdges(6, [(0, 1), (2, 3), (4, 5)]);

        var estimate = SampledBetweenness.Estimate(pairs, 0.01, 0.95);

        Assert.Equal(0, estimate.Sampling.Samples);
        Assert.All(estimate.Values, v => Assert.Equal(0.0, v));
    }
}
