using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// Exact betweenness centrality by Brandes' algorithm, normalised as
/// <c>nx.betweenness_centrality(G, normalized=True)</c>: on an undirected graph every pair is met
/// from both ends, and the sum is scaled by 1 / ((n − 1)(n − 2)).
/// Sources run in parallel in a fixed number of chunks whose partial sums are added in chunk order,
/// so the result is the same to the last bit whatever the number of cores or the scheduling.
/// </summary>
public static class Betweenness
{
    private const int Chunks = 32;

    public static double[] Exact(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var partials = new double[Chunks][];
        Parallel.For(0, Chunks, chunk =>
        {
            var sum = new double[n];
            var state = new BrandesState(n);
            for (var source = chunk; source < n; source += Chunks)
            {
                state.Accumulate(graph, source, sum);
            }

            partials[chunk] = sum;
        });

        var result = new double[n];
        foreach (var partial in partials)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] += partial[v];
            }
        }

        if (n > 2)
        {
            var scale = 1.0 / ((n - 1.0) * (n - 2.0));
            for (var v = 0; v < n; v++)
            {
                result[v] *= scale;
            }
        }

        return result;
    }

    /// <summary>The arrays of one single-source pass, reused from source to source.</summary>
    private sealed class BrandesState(int n)
    {
        private readonly int[] _distance = new int[n];
        private readonly double[] _paths = new double[n];
        private readonly double[] _dependency = new double[n];
        private readonly int[] _order = new int[n];
        private readonly int[] _queue = new int[n];

        public void Accumulate(CsrGraph graph, int source, double[] sum)
        {
            Array.Fill(_distance, -1);
            Array.Clear(_paths);
            Array.Clear(_dependency);
            _distance[source] = 0;
            _paths[source] = 1;
            int head = 0, tail = 0, visited = 0;
            _queue[tail++] = source;
            while (head < tail)
            {
                var v = _queue[head++];
                _order[visited++] = v;
                foreach (var w in graph.Neighbours(v))
                {
                    if (_distance[w] < 0)
                    {
                        _distance[w] = _distance[v] + 1;
                        _queue[tail++] = w;
                    }

                    if (_distance[w] == _distance[v] + 1)
                    {
                        _paths[w] += _paths[v];
                    }
                }
            }

            // Dependencies flow back from the farthest nodes; a predecessor of w is a neighbour one step nearer.
            for (var i = visited - 1; i > 0; i--)
            {
                var w = _order[i];
                foreach (var v in graph.Neighbours(w))
                {
                    if (_distance[v] == _distance[w] - 1)
                    {
                        _dependency[v] += _paths[v] / _paths[w] * (1 + _dependency[w]);
                    }
                }

                sum[w] += _dependency[w];
            }
        }
    }
}
