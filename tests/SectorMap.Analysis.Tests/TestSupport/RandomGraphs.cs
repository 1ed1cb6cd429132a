using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Tests.TestSupport;

/// <summary>Seeded random graphs for tests that need more than the classic networks.</summary>
internal static class RandomGraphs
{
    /// <summary>Barabási–Albert preferential attachment: each new node links to <paramref name="links"/> earlier ones, chosen in proportion to degree.</summary>
    public static CsrGraph PreferentialAttachment(int nodes, int links, int seed)
    {
        var random = new Random(seed);
        var ends = new List<int>();
        var edges = new List<(int, int)>();
        for (var v = links; v < nodes; v++)
        {
            var chosen = new HashSet<int>();
            while (chosen.Count < links)
            {
                chosen.Add(ends.Count == 0 ? random.Next(v) : ends[random.Next(ends.Count)]);
            }

            foreach (var u in chosen)
            {
                edges.Add((u, v));
                ends.Add(u);
                ends.Add(v);
            }
        }

        return CsrGraph.FromEdges(nodes, edges);
    }
}
