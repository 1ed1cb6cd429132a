using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Tests.Graphs;

public class CsrGraphWeightTests
{
    [Fact]
    public void ParallelEdges_AddTheirWeights_AndStrengthSumsThem()
    {
        var graph = CsrGraph.FromWeightedEdges(3, [(0, 1, 2.5), (1, 0, 1.0), (1, 2, 4.0)]);

        Assert.Equal([0, 2], graph.Neighbours(1).ToArray());
        Assert.Equal([3.5, 4.0], graph.Weights(1).ToArray());
        Assert.Equal(7.5, graph.Strength(1));
        Assert.Equal(3.5, graph.Strength(0));
    }

    [Fact]
    public void UnweightedEdges_CountParallelOnes()
    {
        var graph = CsrGraph.FromEdges(2, [(0, 1), (1, 0), (0, 1)]);

        Assert.Equal(1, graph.Degree(0));
        Assert.Equal(3.0, graph.Strength(0));
    }
}
