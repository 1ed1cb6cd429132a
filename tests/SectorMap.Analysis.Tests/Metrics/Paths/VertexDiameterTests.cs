using SectorMap.Analysis.Graphs;
using SectorMap.Analysis.Metrics.Paths;

namespace SectorMap.Analysis.Tests.Metrics.Paths;

public class VertexDiameterTests
{
    [Fact]
    public void APath_HasAllItsNodesOnItsLongestShortestPath_AndTheBoundCoversIt()
    {
        // A path of 9 nodes searched from its first: eccentricity 8, bound min(17, 9) = 9, exactly right.
        var path = CsrGraph.FromEdges(9, Enumerable.Range(0, 8).Select(i => (i, i + 1)));

        Assert.Equal(9, VertexDiameter.UpperBound(path));
    }

    [Fact]
    public void TheBound_IsAtLeastTheTrueVertexDiameter_OfEveryComponent()
    {
        // A star (vertex diameter 3) and a path of 6 (vertex diameter 6), searched from its middle.
        var graph = CsrGraph.FromEdges(11, [(0, 1), (0, 2), (0, 3), (6, 4), (4, 5), (6, 7), (7, 8), (8, 9), (9, 10)]);

        Assert.InRange(VertexDiameter.UpperBound(graph), 6, 7);
    }
}
