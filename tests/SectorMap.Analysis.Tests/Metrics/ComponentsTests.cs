using SectorMap.Analysis.Graphs;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Tests.TestSupport;

namespace SectorMap.Analysis.Tests.Metrics;

public class ComponentsTests
{
    [Fact]
    public void Compute_NumbersComponentsLargestFirst_TiesByFirstNode()
    {
        // Components: {0}, {1,2}, {3,4,5}, {6,7}
        var graph = CsrGraph.FromEdges(8, [(1, 2), (3, 4), (4, 5), (6, 7)]);

        var (component, count) = Components.Compute(graph);

        Assert.Equal(4, count);
        Assert.Equal([3, 1, 1, 0, 0, 0, 2, 2], component);
    }

    [Fact]
    public void Compute_OnTheRandomReference_FindsItsSevenComponents()
    {
        var fixture = NetworkXFixture.Load("random-components");

        var (component, count) = Components.Compute(fixture.Graph);

        Assert.Equal(7, count);
        var sizes = component.GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
        Assert.Equal(fixture.Graph.NodeCount, sizes.Sum());
    }
}
