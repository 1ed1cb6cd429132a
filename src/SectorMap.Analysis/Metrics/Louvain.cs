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
        var best = Compute(graph, 0);
        for (var seed = 1; seed < runs; seed++)
        {
            var candidate = Compute(graph, seed);
            if (candidate.Modularity > best.Modularity + 1e-12)
            {
                best = candidate;
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

    /// <summary>One level of the method: a weighted graph with self-loops (the merged communities' inner weight).</summary>
    private sealed class Level(List<(int To, double Weight)>[] adjacency, double[] selfLoops)
    {
        private readonly double _twiceWeight = adjacency.Sum(a => a.Sum(e => e.Weight)) + selfLoops.Sum();

        public static Level FromGraph(CsrGraph graph)
        {
            var adjacency = new List<(int, double)>[graph.NodeCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                adjacency[v] = [];
                foreach (var w in graph.Neighbours(v))
                {
                    adjacency[v].Add((w, 1.0));
                }
            }

            return new Level(adjacency, new double[graph.NodeCount]);
        }

        /// <returns>Whether any node moved, and each node's community (numbered 0..k-1).</returns>
        public (bool Moved, int[] Community) MoveNodes(Random random)
        {
            var n = adjacency.Length;
            var community = Enumerable.Range(0, n).ToArray();
            var strength = new double[n];
            var total = new double[n];
            for (var v = 0; v < n; v++)
            {
                strength[v] = adjacency[v].Sum(e => e.Weight) + selfLoops[v];
                total[v] = strength[v];
            }

            var order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);
            var toCommunity = new Dictionary<int, double>();
            bool movedAny = false, improved = true;
            while (improved && _twiceWeight > 0)
            {
                improved = false;
                foreach (var v in order)
                {
                    toCommunity.Clear();
                    foreach (var (w, weight) in adjacency[v])
                    {
                        toCommunity[community[w]] = toCommunity.GetValueOrDefault(community[w]) + weight;
                    }

                    var own = community[v];
                    total[own] -= strength[v];
                    var best = own;
                    var bestGain = toCommunity.GetValueOrDefault(own) - (total[own] * strength[v] / _twiceWeight);
                    foreach (var (candidate, weight) in toCommunity.OrderBy(kv => kv.Key))
                    {
                        var gain = weight - (total[candidate] * strength[v] / _twiceWeight);
                        if (gain > bestGain + 1e-12)
                        {
                            (best, bestGain) = (candidate, gain);
                        }
                    }

                    total[best] += strength[v];
                    if (best != own)
                    {
                        community[v] = best;
                        improved = movedAny = true;
                    }
                }
            }

            var renumber = community.Distinct().Order().Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            return (movedAny, community.Select(c => renumber[c]).ToArray());
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

            for (var v = 0; v < adjacency.Length; v++)
            {
                loops[community[v]] += selfLoops[v];
                foreach (var (w, weight) in adjacency[v])
                {
                    if (community[w] == community[v])
                    {
                        loops[community[v]] += weight;
                    }
                    else
                    {
                        weights[community[v]][community[w]] = weights[community[v]].GetValueOrDefault(community[w]) + weight;
                    }
                }
            }

            return new Level(weights.Select(d => d.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList()).ToArray(), loops);
        }
    }
}
