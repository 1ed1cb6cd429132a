namespace SectorMap.Analysis.Graphs;

/// <summary>
/// An undirected simple graph on flat integer arrays (compressed sparse rows): the neighbours of
/// node i are <c>Targets[Offsets[i]..Offsets[i + 1]]</c>, sorted. The hot loops of the metrics walk
/// these arrays and nothing else. Parallel edges collapse into one whose weight counts them, and
/// self-loops are dropped, as the metrics are defined on the simple graph (CLI.md).
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;

    private CsrGraph(int[] offsets, int[] targets, double[] weights)
    {
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
    }

    /// <summary>The raw row offsets, for the hot loops that index the arrays directly.</summary>
    internal int[] Offsets => _offsets;

    /// <summary>The raw neighbour array, for the hot loops that index the arrays directly.</summary>
    internal int[] Targets => _targets;

    public int NodeCount => _offsets.Length - 1;

    /// <summary>Undirected edges, each counted once.</summary>
    public int EdgeCount => _targets.Length / 2;

    public ReadOnlySpan<int> Neighbours(int node) => _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>The weights of <see cref="Neighbours"/>' edges, in the same order.</summary>
    public ReadOnlySpan<double> Weights(int node) => _weights.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    /// <summary>The sum of the weights of a node's edges.</summary>
    public double Strength(int node)
    {
        var sum = 0.0;
        foreach (var weight in Weights(node))
        {
            sum += weight;
        }

        return sum;
    }

    /// <summary>Each edge given adds one to its weight, so parallel edges count.</summary>
    public static CsrGraph FromEdges(int nodeCount, IEnumerable<(int From, int To)> edges) =>
        FromWeightedEdges(nodeCount, edges.Select(e => (e.From, e.To, 1.0)));

    /// <summary>Edges with weights; the weights of parallel edges add up, in the order given.</summary>
    public static CsrGraph FromWeightedEdges(int nodeCount, IEnumerable<(int From, int To, double Weight)> edges)
    {
        var list = edges as IReadOnlyList<(int From, int To, double Weight)> ?? edges.ToList();

        // Both directions of every edge go into per-node slots; each slot is then sorted by
        // (target, input position) so that parallel edges sit together and their weights add up
        // in the order given — the same bits whatever the sort does with equal targets.
        var offsets = new int[nodeCount + 1];
        foreach (var (from, to, _) in list)
        {
            if (from != to)
            {
                offsets[from + 1]++;
                offsets[to + 1]++;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var keys = new long[offsets[nodeCount]];
        var slotWeights = new double[offsets[nodeCount]];
        var fill = offsets[..^1];
        for (var e = 0; e < list.Count; e++)
        {
            var (from, to, weight) = list[e];
            if (from == to)
            {
                continue;
            }

            keys[fill[from]] = ((long)to << 32) | (uint)e;
            slotWeights[fill[from]++] = weight;
            keys[fill[to]] = ((long)from << 32) | (uint)e;
            slotWeights[fill[to]++] = weight;
        }

        var targets = new int[keys.Length];
        var weights = new double[keys.Length];
        var compact = new int[nodeCount + 1];
        var at = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            compact[v] = at;
            var start = offsets[v];
            var length = offsets[v + 1] - start;
            Array.Sort(keys, slotWeights, start, length);
            for (var i = start; i < start + length; i++)
            {
                var target = (int)(keys[i] >> 32);
                if (at > compact[v] && targets[at - 1] == target)
                {
                    weights[at - 1] += slotWeights[i];
                }
                else
                {
                    targets[at] = target;
                    weights[at++] = slotWeights[i];
                }
            }
        }

        compact[nodeCount] = at;
        return new CsrGraph(compact, targets[..at], weights[..at]);
    }
}
