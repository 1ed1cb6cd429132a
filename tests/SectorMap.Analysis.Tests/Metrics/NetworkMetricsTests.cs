using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Tests.TestSupport;
using SectorMap.Analysis.Views;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Tests.Metrics;

public class NetworkMetricsTests
{
    private static GraphView Karate()
    {
        var fixture = NetworkXFixture.Load("karate");
        var nodes = fixture.Nodes.Select(n => new GraphNode(n, "Delegate", "member " + n, PropertyBag.Empty)).ToList();
        return new GraphView(ViewKind.Delegates, nodes, fixture.Graph);
    }

    [Fact]
    public void AllMetrics_ComeInCliMdsOrder_AndAgreeWithTheirOwnAlgorithms()
    {
        var table = NetworkMetrics.Compute(Karate());

        Assert.Equal(MetricNames.All, table.Columns.Select(c => c.Name));
        Assert.Equal(new GraphMetrics(34, 78, 1, 78 / (34 * 33 / 2.0), table.Graph.Modularity), table.Graph);
        Assert.InRange(table.Graph.Modularity!.Value, 0.40, 0.45);
        Assert.Equal(NetworkXFixture.Load("karate").Expected("betweenness"), table.Column("betweenness")!.Values, new ToleranceComparer(1e-9));
        Assert.True(table.Column("coreNumber")!.Integral);
        Assert.Empty(table.Warnings);
    }

    [Fact]
    public void ASelection_ComputesOnlyThoseColumns_AndNoModularityWithoutCommunities()
    {
        var table = NetworkMetrics.Compute(Karate(), new MetricsOptions { Metrics = MetricNames.Parse("pagerank,degree") });

        Assert.Equal(["degree", "pagerank"], table.Columns.Select(c => c.Name));
        Assert.Null(table.Graph.Modularity);
        Assert.Equal(1, table.Graph.Components);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
