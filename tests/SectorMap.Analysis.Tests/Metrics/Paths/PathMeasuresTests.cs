using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Metrics.Paths;
using SectorMap.Analysis.Tests.TestSupport;

namespace SectorMap.Analysis.Tests.Metrics.Paths;

public class PathMeasuresTests
{
    [Fact]
    public void WithoutATimeLimit_BothMeasuresAreExact_FromOneSearchPerSource()
    {
        var fixture = NetworkXFixture.Load("lesmis");

        var measures = PathMeasures.Compute(fixture.Graph, new MetricsOptions { MaxSeconds = null });

        Assert.Null(measures.Sampling);
        Assert.Empty(measures.Warnings);
        Assert.Equal(Betweenness.Exact(fixture.Graph), measures.Betweenness);
        Assert.Equal(Closeness.Compute(fixture.Graph), measures.Closeness);
    }

    [Fact]
    public void WithNoTimeAllowed_BetweennessIsEstimated_AndClosenessLeftOut_WithReasons()
    {
        var fixture = NetworkXFixture.Load("lesmis");

        var measures = PathMeasures.Compute(fixture.Graph, new MetricsOptions { MaxSeconds = 0, ErrorBound = 0.05, Confidence = 0.9 });

        Assert.Equal(SampledBetweenness.Method, measures.Sampling!.Method);
        Assert.Equal(0.05, measures.Sampling.ErrorBound);
        Assert.Null(measures.Closeness);
        Assert.Equal(2, measures.Warnings.Count);
        Assert.Contains(measures.Warnings, w => w.Contains("sampled shortest paths", StringComparison.Ordinal));
        Assert.Contains(measures.Warnings, w => w.StartsWith("--max-seconds 0 leaves no time for closeness", StringComparison.Ordinal));
    }

    [Fact]
    public void WithTimeEnough_TheSmallGraphIsExact()
    {
        var fixture = NetworkXFixture.Load("karate");

        var measures = PathMeasures.Compute(fixture.Graph, new MetricsOptions { MaxSeconds = 60 });

        Assert.Null(measures.Sampling);
        Assert.Equal(Betweenness.Exact(fixture.Graph), measures.Betweenness);
    }

    [Fact]
    public void OnlyWhatIsAsked_IsComputed()
    {
        var fixture = NetworkXFixture.Load("karate");

        var measures = PathMeasures.Compute(fixture.Graph, new MetricsOptions { Metrics = [MetricNames.Closeness] });

        Assert.Null(measures.Betweenness);
        Assert.Equal(Closeness.Compute(fixture.Graph), measures.Closeness);
    }
}
