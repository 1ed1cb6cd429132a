using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary><c>nx.clustering(G)</c>: the share of a node's neighbour pairs that are linked (0 below degree 2).</summary>
public static class Clustering
{
    public static double[] Compute(CsrGraph graph)
    {
        var result = new double[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var neighbours = graph.Neighbours(v);
            var degree = neighbours.Length;
            if (degree < 2)
            {
                continue;
            }

            long triangles = 0;
            foreach (var u in neighbours)
            {
                triangles += CountCommon(neighbours, graph.Neighbours(u));
            }

            // Each triangle through v is seen from both of its other corners.
            result[v] = triangles / (double)(degree * (degree - 1L));
        }

        return result;
    }

    /// <summary>Common items of two sorted lists.</summary>
    private static int CountCommon(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
