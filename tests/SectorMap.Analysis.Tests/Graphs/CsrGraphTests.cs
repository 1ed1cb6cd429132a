using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Tests.Graphs;

public class CsrGraphTests
{
    [Fact]
    public void FromEdges_CollapsesParallelEdges_DropsSelfLoops_SortsNeighbours()
    {
        var graph = CsrGraph.FromEdges(4, [(2, 0), (0, 1), (1, 0), (0, 2), (3, 3), (0, 3)]);

        Assert.Equal(4, graph.NodeCount);
        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal([1, 2, 3], graph.Neighbours(0).ToArray());
        Assert.Equal([0], graph.Neighbours(3).ToArray());
        Assert.Equal(1, graph.Degree(2));
    }

    [Fact]
    public void FromEdges_KeepsIsolatedNodes()
    {
        var graph = CsrGraph.FromEdges(3, [(0, 1)]);

        Assert.Equal(0, graph.Degree(2));
        Assert.True(graph.Neighbours(2).IsEmpty);
    }
}
