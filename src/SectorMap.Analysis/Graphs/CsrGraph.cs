namespace SectorMap.Analysis.Graphs;

/// <summary>
/// An undirected simple graph on flat integer arrays (compressed sparse rows): the neighbours of
/// node i are <c>Targets[Offsets[i]..Offsets[i + 1]]</c>, sorted. The hot loops of the metrics walk
/// these arrays and nothing else. Parallel edges collapse into one and self-loops are dropped, as
/// the metrics are defined on the simple graph (CLI.md).
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;

    private CsrGraph(int[] offsets, int[] targets)
    {
        _offsets = offsets;
        _targets = targets;
    }

    public int NodeCount => _offsets.Length - 1;

    /// <summary>Undirected edges, each counted once.</summary>
    public int EdgeCount => _targets.Length / 2;

    public ReadOnlySpan<int> Neighbours(int node) => _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    public static CsrGraph FromEdges(int nodeCount, IEnumerable<(int From, int To)> edges)
    {
        var neighbours = new HashSet<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            neighbours[i] = [];
        }

        foreach (var (from, to) in edges)
        {
            if (from != to)
            {
                neighbours[from].Add(to);
                neighbours[to].Add(from);
            }
        }

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] = offsets[i] + neighbours[i].Count;
        }

        var targets = new int[offsets[nodeCount]];
        for (var i = 0; i < nodeCount; i++)
        {
            neighbours[i].CopyTo(targets, offsets[i]);
            Array.Sort(targets, offsets[i], neighbours[i].Count);
        }

        return new CsrGraph(offsets, targets);
    }
}
