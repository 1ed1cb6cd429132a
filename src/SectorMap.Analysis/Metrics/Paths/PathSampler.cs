using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// Picks one shortest path between two nodes uniformly at random, by a balanced bidirectional
/// breadth-first search (as KADABRA does): each step expands the side whose frontier has fewer
/// edges, and the searches stop at the level where they meet — on a small-world graph that touches
/// a few hundred nodes instead of all of them. The arrays are reused and only what a search touched
/// is reset.
/// </summary>
internal sealed class PathSampler
{
    private readonly Side _fromSource;
    private readonly Side _fromTarget;

    public PathSampler(int nodeCount)
    {
        _fromSource = new Side(nodeCount);
        _fromTarget = new Side(nodeCount);
    }

    /// <summary>Adds one to <paramref name="counts"/> for every node strictly inside the sampled path; nothing when s and t are not connected.</summary>
    public void Sample(CsrGraph graph, int source, int target, Random random, int[] counts)
    {
        var s = _fromSource;
        var t = _fromTarget;
        s.Start(graph, source);
        t.Start(graph, target);
        try
        {
            while (s.HasFrontier && t.HasFrontier)
            {
                var (expanding, other) = s.FrontierEdges <= t.FrontierEdges ? (s, t) : (t, s);
                if (expanding.Expand(graph, other))
                {
                    Walk(graph, expanding, other, random, counts);
                    return;
                }
            }
        }
        finally
        {
            s.Reset();
            t.Reset();
        }
    }

    /// <summary>
    /// Every shortest path crosses the newest level of <paramref name="expanded"/> at exactly one
    /// node y met by both searches, and σ_s(y)·σ_t(y) of them cross at y: pick y in that proportion,
    /// then walk back to each end choosing each predecessor p of z with probability σ(p) / σ(z).
    /// </summary>
    private static void Walk(CsrGraph graph, Side expanded, Side other, Random random, int[] counts)
    {
        var total = 0.0;
        foreach (var y in expanded.Frontier)
        {
            if (other.Distance[y] >= 0)
            {
                total += expanded.Paths[y] * other.Paths[y];
            }
        }

        var pick = random.NextDouble() * total;
        var meeting = -1;
        foreach (var y in expanded.Frontier)
        {
            if (other.Distance[y] >= 0)
            {
                meeting = y;
                pick -= expanded.Paths[y] * other.Paths[y];
                if (pick < 0)
                {
                    break;
                }
            }
        }

        if (other.Distance[meeting] > 0)
        {
            counts[meeting]++;
        }

        WalkBack(graph, expanded, meeting, random, counts);
        WalkBack(graph, other, meeting, random, counts);
    }

    private static void WalkBack(CsrGraph graph, Side side, int from, Random random, int[] counts)
    {
        var z = from;
        while (side.Distance[z] > 1)
        {
            var pick = random.NextDouble() * side.Paths[z];
            var previous = side.Distance[z] - 1;
            var chosen = -1;
            foreach (var p in graph.Neighbours(z))
            {
                if (side.Distance[p] == previous)
                {
                    chosen = p;
                    pick -= side.Paths[p];
                    if (pick < 0)
                    {
                        break;
                    }
                }
            }

            counts[chosen]++;
            z = chosen;
        }
    }

    /// <summary>One direction of the search: distances, path counts, and the nodes reached, level by level.</summary>
    private sealed class Side
    {
        private readonly int[] _reached;
        private int _count;
        private int _frontierStart;
        private int _level;

        public Side(int nodeCount)
        {
            Distance = new int[nodeCount];
            Paths = new double[nodeCount];
            _reached = new int[nodeCount];
            Array.Fill(Distance, -1);
        }

        public int[] Distance { get; }

        public double[] Paths { get; }

        public long FrontierEdges { get; private set; }

        public bool HasFrontier => _frontierStart < _count;

        public ReadOnlySpan<int> Frontier => _reached.AsSpan(_frontierStart, _count - _frontierStart);

        public void Start(CsrGraph graph, int node)
        {
            Distance[node] = 0;
            Paths[node] = 1;
            _reached[0] = node;
            _count = 1;
            _frontierStart = 0;
            _level = 0;
            FrontierEdges = graph.Degree(node);
        }

        /// <summary>Expands the whole frontier by one level; true when the new level touches the other search.</summary>
        public bool Expand(CsrGraph graph, Side other)
        {
            var start = _frontierStart;
            var end = _count;
            var next = _level + 1;
            var met = false;
            long edges = 0;
            for (var i = start; i < end; i++)
            {
                var x = _reached[i];
                var paths = Paths[x];
                foreach (var y in graph.Neighbours(x))
                {
                    if (Distance[y] < 0)
                    {
                        Distance[y] = next;
                        Paths[y] = paths;
                        _reached[_count++] = y;
                        edges += graph.Degree(y);
                        met |= other.Distance[y] >= 0;
                    }
                    else if (Distance[y] == next)
                    {
                        Paths[y] += paths;
                    }
                }
            }

            _frontierStart = end;
            _level = next;
            FrontierEdges = edges;
            return met;
        }

        public void Reset()
        {
            for (var i = 0; i < _count; i++)
            {
                Distance[_reached[i]] = -1;
                Paths[_reached[i]] = 0;
            }

            _count = 0;
            _frontierStart = 0;
        }
    }
}
