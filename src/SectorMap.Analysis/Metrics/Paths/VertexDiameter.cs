using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// An upper bound on the vertex diameter (the most nodes on any shortest path), which sets
/// Riondato and Kornaropoulos' sample size. One search per component: a node at eccentricity e from
/// some node u is within e of u, so two nodes of the component are at most 2e apart, and a shortest
/// path between them holds at most 2e + 1 nodes. Linear time, and only its logarithm matters.
/// </summary>
internal static class VertexDiameter
{
    public static int UpperBound(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var distance = new int[n];
        Array.Fill(distance, -1);
        var queue = new int[n];
        var bound = n > 0 ? 1 : 0;
        for (var start = 0; start < n; start++)
        {
            if (distance[start] >= 0)
            {
                continue;
            }

            distance[start] = 0;
            int head = 0, tail = 0, eccentricity = 0;
            queue[tail++] = start;
            while (head < tail)
            {
                var v = queue[head++];
                eccentricity = distance[v];
                foreach (var w in graph.Neighbours(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }

            bound = Math.Max(bound, Math.Min(2 * eccentricity + 1, tail));
        }

        return bound;
    }
}
