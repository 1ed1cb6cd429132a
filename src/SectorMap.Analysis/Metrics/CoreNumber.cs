using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary><c>nx.core_number(G)</c> by Batagelj and Zaversnik's bucket algorithm, O(m).</summary>
public static class CoreNumber
{
    public static int[] Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        // Nodes sorted by degree in buckets; position[v] is v's place in that order.
        var bucketStart = new int[maxDegree + 1];
        foreach (var d in degree)
        {
            bucketStart[d]++;
        }

        for (int d = 0, start = 0; d <= maxDegree; d++)
        {
            (bucketStart[d], start) = (start, start + bucketStart[d]);
        }

        var order = new int[n];
        var position = new int[n];
        var next = (int[])bucketStart.Clone();
        for (var v = 0; v < n; v++)
        {
            position[v] = next[degree[v]]++;
            order[position[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = order[i];
            foreach (var u in graph.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    // Move u to the front of its bucket, then shrink its degree by one.
                    var du = degree[u];
                    var first = bucketStart[du];
                    var w = order[first];
                    if (w != u)
                    {
                        (order[first], order[position[u]]) = (u, w);
                        (position[u], position[w]) = (first, position[u]);
                    }

                    bucketStart[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
