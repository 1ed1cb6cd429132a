using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics;

/// <summary>
/// Connected components, numbered by size, largest first (CLI.md); components of equal size in the
/// order of their first node, so the numbering is deterministic.
/// </summary>
public static class Components
{
    /// <returns>Each node's component number, and how many components there are.</returns>
    public static (int[] Component, int Count) Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var found = new int[n];
        Array.Fill(found, -1);
        var sizes = new List<(int First, int Size)>();
        var queue = new int[n];
        for (var start = 0; start < n; start++)
        {
            if (found[start] >= 0)
            {
                continue;
            }

            var id = sizes.Count;
            int head = 0, tail = 0;
            found[start] = id;
            queue[tail++] = start;
            while (head < tail)
            {
                foreach (var w in graph.Neighbours(queue[head++]))
                {
                    if (found[w] < 0)
                    {
                        found[w] = id;
                        queue[tail++] = w;
                    }
                }
            }

            sizes.Add((start, tail));
        }

        var rank = sizes.Select((c, id) => (c, id)).OrderByDescending(x => x.c.Size).ThenBy(x => x.c.First)
            .Select((x, position) => (x.id, position)).ToDictionary(x => x.id, x => x.position);
        return (found.Select(id => rank[id]).ToArray(), sizes.Count);
    }
}
