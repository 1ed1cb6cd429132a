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

    /// <summary>Edges with weights; the weights of parallel edges add up.</summary>
    public static CsrGraph FromWeightedEdges(int nodeCount, IEnumerable<(int From, int To, double Weight)> edges)
    {
        var neighbours = new Dictionary<int, double>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            neighbours[i] = [];
        }

        foreach (var (from, to, weight) in edges)
        {
            if (from != to)
            {
                neighbours[from][to] = neighbours[from].GetValueOrDefault(to) + weight;
                neighbours[to][from] = neighbours[to].GetValueOrDefault(from) + weight;
            }
        }

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] = offsets[i] + neighbours[i].Count;
        }

        var targets = new int[offsets[nodeCount]];
        var weights = new double[offsets[nodeCount]];
        for (var i = 0; i < nodeCount; i++)
        {
            var at = offsets[i];
            foreach (var (target, weight) in neighbours[i].OrderBy(kv => kv.Key))
            {
                targets[at] = target;
                weights[at++] = weight;
            }
        }

        return new CsrGraph(offsets, targets, weights);
    }
}
