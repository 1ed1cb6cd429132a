using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// <c>nx.closeness_centrality(G, wf_improved=True)</c>: (r − 1) / (sum of distances to the r − 1
/// nodes reachable), scaled by (r − 1) / (n − 1) — Wasserman and Faust's correction, so that a node
/// in a small component does not look central.
/// </summary>
public static class Closeness
{
    public static double[] Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var result = new double[n];
        Parallel.For(0, n, () => (Distance: new int[n], Queue: new int[n]), (source, _, buffers) =>
        {
            var (distance, queue) = buffers;
            Array.Fill(distance, -1);
            distance[source] = 0;
            int head = 0, tail = 0;
            long total = 0;
            queue[tail++] = source;
            while (head < tail)
            {
                var v = queue[head++];
                total += distance[v];
                foreach (var w in graph.Neighbours(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }

            var reached = tail - 1.0;
            result[source] = total > 0 && n > 1 ? reached / total * (reached / (n - 1)) : 0.0;
            return buffers;
        }, _ => { });
        return result;
    }
}
