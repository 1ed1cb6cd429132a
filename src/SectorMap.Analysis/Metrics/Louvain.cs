using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// Communities by the Louvain method (Blondel et al. 2008) on the unweighted simple graph: move
/// nodes between neighbouring communities while modularity grows, then merge each community into
/// one node and repeat. Nodes are visited in an order shuffled by a fixed seed, so the same graph
/// always gives the same communities. Communities are numbered by size, largest first.
/// A single run can stop in a poor local optimum, so <see cref="Best"/> keeps the best of several
/// fixed seeds — deterministic still, and the same yardstick as NetworkX's best of ten.
/// </summary>
public static class Louvain
{
    public const int DefaultSeed = 42;

    public const int DefaultRuns = 10;

    /// <summary>The partition with the highest modularity over seeds 0..runs-1 (the lowest seed on a tie).</summary>
    public static (int[] Community, double Modularity) Best(CsrGraph graph, int runs = DefaultRuns)
    {
        // The runs are independent: run them side by side, then choose as a sequential loop would.
        var results = new (int[] Community, double Modularity)[runs];
        Parallel.For(0, runs, seed => results[seed] = Compute(graph, seed));
        var best = results[0];
        for (var seed = 1; seed < runs; seed++)
        {
            if (results[seed].Modularity > best.Modularity + 1e-12)
            {
                best = results[seed];
            }
        }

        return best;
    }

    /// <returns>Each node's community, and the modularity of that partition.</returns>
    public static (int[] Community, double Modularity) Compute(CsrGraph graph, int seed = DefaultSeed)
    {
        var n = graph.NodeCount;
        var level = Level.FromGraph(graph);
        var membership = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        while (true)
        {
            var (moved, community) = level.MoveNodes(random);
            for (var v = 0; v < n; v++)
            {
                membership[v] = community[membership[v]];
            }

            if (!moved)
            {
                break;
            }

            level = level.Aggregate(community);
        }

        var numbered = NumberBySize(membership);
        return (numbered, Modularity(graph, numbered));
    }

    /// <summary>Newman's modularity of a partition of the unweighted graph (as <c>nx.community.modularity</c>).</summary>
    public static double Modularity(CsrGraph graph, int[] community)
    {
        var twiceEdges = 2.0 * graph.EdgeCount;
        if (twiceEdges == 0)
        {
            return 0;
        }

        var inside = new double[graph.NodeCount];
        var degreeSum = new double[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            degreeSum[community[v]] += graph.Degree(v);
            foreach (var w in graph.Neighbours(v))
            {
                if (community[w] == community[v])
                {
                    inside[community[v]] += 1;
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < graph.NodeCount; c++)
        {
            q += (inside[c] / twiceEdges) - Math.Pow(degreeSum[c] / twiceEdges, 2);
        }

        return q;
    }

    private static int[] NumberBySize(int[] membership)
    {
        var order = membership.Select((c, v) => (c, v)).GroupBy(x => x.c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.v))
            .Select((g, number) => (g.Key, number)).ToDictionary(x => x.Key, x => x.number);
        return membership.Select(c => order[c]).ToArray();
    }

    /// <summary>
    /// One level of the method: a weighted graph with self-loops (the merged communities' inner
    /// weight), in compressed rows like <see cref="CsrGraph"/>.
    /// </summary>
    private sealed class Level
    {
        /// <summary>A pass over the nodes that gains less modularity than this ends the level, as NetworkX's threshold does.</summary>
        private const double Threshold = 1e-7;

        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly double[] _weights;
        private readonly double[] _selfLoops;
        private readonly double _twiceWeight;

        private Level(int[] offsets, int[] targets, double[] weights, double[] selfLoops)
        {
            _offsets = offsets;
            _targets = targets;
            _weights = weights;
            _selfLoops = selfLoops;
            _twiceWeight = weights.Sum() + selfLoops.Sum();
        }

        private int Count => _selfLoops.Length;

        public static Level FromGraph(CsrGraph graph)
        {
            var offsets = new int[graph.NodeCount + 1];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                offsets[v + 1] = offsets[v] + graph.Degree(v);
            }

            var targets = new int[offsets[^1]];
            var at = 0;
            for (var v = 0; v < graph.NodeCount; v++)
            {
                foreach (var w in graph.Neighbours(v))
                {
                    targets[at++] = w;
                }
            }

            var weights = new double[targets.Length];
            Array.Fill(weights, 1.0);
            return new Level(offsets, targets, weights, new double[graph.NodeCount]);
        }

        /// <returns>Whether any node moved, and each node's community (numbered 0..k-1 in order of first appearance).</returns>
        public (bool Moved, int[] Community) MoveNodes(Random random)
        {
            var n = Count;
            var community = Enumerable.Range(0, n).ToArray();
            var strength = new double[n];
            var total = new double[n];
            for (var v = 0; v < n; v++)
            {
                strength[v] = _selfLoops[v];
                for (var e = _offsets[v]; e < _offsets[v + 1]; e++)
                {
                    strength[v] += _weights[e];
                }

                total[v] = strength[v];
            }

            var order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);

            // The weight from the node being moved to each neighbouring community, and which
            // communities those are, in the order the (sorted) neighbours meet them.
            var toCommunity = new double[n];
            var touched = new List<int>();
            var movedAny = false;
            var gained = double.PositiveInfinity;
            while (gained >= Threshold && _twiceWeight > 0)
            {
                gained = 0;
                foreach (var v in order)
                {
                    touched.Clear();
                    for (var e = _offsets[v]; e < _offsets[v + 1]; e++)
                    {
                        var c = community[_targets[e]];
                        if (toCommunity[c] == 0)
                        {
                            touched.Add(c);
                        }

                        toCommunity[c] += _weights[e];
                    }

                    var own = community[v];
                    total[own] -= strength[v];
                    var best = own;
                    var stay = toCommunity[own] - (total[own] * strength[v] / _twiceWeight);
                    var bestGain = stay;
                    foreach (var candidate in touched)
                    {
                        var gain = toCommunity[candidate] - (total[candidate] * strength[v] / _twiceWeight);
                        if (gain > bestGain + 1e-12)
                        {
                            (best, bestGain) = (candidate, gain);
                        }
                    }

                    foreach (var c in touched)
                    {
                        toCommunity[c] = 0;
                    }

                    total[best] += strength[v];
                    if (best != own)
                    {
                        community[v] = best;
                        movedAny = true;
                        gained += 2 * (bestGain - stay) / _twiceWeight;
                    }
                }
            }

            var renumber = new int[n];
            Array.Fill(renumber, -1);
            var next = 0;
            for (var v = 0; v < n; v++)
            {
                if (renumber[community[v]] < 0)
                {
                    renumber[community[v]] = next++;
                }

                community[v] = renumber[community[v]];
            }

            return (movedAny, community);
        }

        public Level Aggregate(int[] community)
        {
            var count = community.Max() + 1;
            var weights = new Dictionary<int, double>[count];
            var loops = new double[count];
            for (var c = 0; c < count; c++)
            {
                weights[c] = [];
            }

            for (var v = 0; v < Count; v++)
            {
                var cv = community[v];
                loops[cv] += _selfLoops[v];
                for (var e = _offsets[v]; e < _offsets[v + 1]; e++)
                {
                    var cw = community[_targets[e]];
                    if (cw == cv)
                    {
                        loops[cv] += _weights[e];
                    }
                    else
                    {
                        weights[cv][cw] = weights[cv].GetValueOrDefault(cw) + _weights[e];
                    }
                }
            }

            var offsets = new int[count + 1];
            for (var c = 0; c < count; c++)
            {
                offsets[c + 1] = offsets[c] + weights[c].Count;
            }

            var targets = new int[offsets[count]];
            var edgeWeights = new double[offsets[count]];
            for (var c = 0; c < count; c++)
            {
                var at = offsets[c];
                foreach (var (to, weight) in weights[c].OrderBy(kv => kv.Key))
                {
                    targets[at] = to;
                    edgeWeights[at++] = weight;
                }
            }

            return new Level(offsets, targets, edgeWeights, loops);
        }
    }
}
