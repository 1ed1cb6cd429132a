using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SectorMap.Analysis.Graphs;

namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>
/// One breadth-first search from a source, with what betweenness (Brandes' dependencies) and
/// closeness (the sum of distances) need. The arrays are reused from source to source, and only the
/// nodes a search reached are reset, so that a graph of many small components costs the sum of
/// their sizes squared, not the number of nodes squared.
/// </summary>
internal sealed class SourcePass
{
    private readonly int[] _distance;
    private readonly double[] _paths;
    private readonly double[] _coefficient;
    private readonly int[] _order;

    // The successors of the node at queue position i are _successors[_successorStart[i].._successorStart[i + 1]]:
    // written in order by the forward search, read back in order by the backward one, so that
    // the backward pass neither rescans every neighbour nor looks up their distances.
    private readonly int[] _successorStart;
    private int[] _successors = [];

    public SourcePass(int nodeCount)
    {
        _successorStart = new int[nodeCount + 1];
        _distance = new int[nodeCount];
        _paths = new double[nodeCount];
        _coefficient = new double[nodeCount];
        _order = new int[nodeCount];
        Array.Fill(_distance, -1);
    }

    /// <summary>How many nodes the last search reached, the source included.</summary>
    public int Reached { get; private set; }

    /// <summary>The sum of the distances from the last source to every node it reached.</summary>
    public long DistanceSum { get; private set; }

    /// <summary>Runs the search; with <paramref name="dependencies"/>, adds the source's dependency on every other node to it.</summary>
    public void Run(CsrGraph graph, int source, double[]? dependencies)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        if (dependencies is not null && _successors.Length < targets.Length)
        {
            _successors = new int[targets.Length];
        }

        var record = dependencies is not null;
        var successors = _successors;
        var successorStart = _successorStart;
        var written = 0;
        var distance = _distance;
        var paths = _paths;
        var order = _order;
        distance[source] = 0;
        paths[source] = 1;
        order[0] = source;
        int head = 0, tail = 1;
        long distanceSum = 0;

        // The order array doubles as the queue: nodes leave it in the order they were reached.
        // The loops index through refs: the bounds hold by construction of the CSR arrays, and
        // the checks the JIT cannot remove cost a fifth of the time.
        ref var target = ref MemoryMarshal.GetArrayDataReference(targets);
        ref var dist = ref MemoryMarshal.GetArrayDataReference(distance);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(paths);
        while (head < tail)
        {
            successorStart[head] = written;
            var v = order[head++];
            var next = Unsafe.Add(ref dist, v) + 1;
            distanceSum += next - 1;
            var pathsToV = Unsafe.Add(ref sigma, v);
            var end = offsets[v + 1];
            for (var i = offsets[v]; i < end; i++)
            {
                var w = Unsafe.Add(ref target, i);
                ref var dw = ref Unsafe.Add(ref dist, w);
                if (dw < 0)
                {
                    dw = next;
                    Unsafe.Add(ref sigma, w) = pathsToV;
                    order[tail++] = w;
                }
                else if (dw == next)
                {
                    Unsafe.Add(ref sigma, w) += pathsToV;
                }
                else
                {
                    continue;
                }

                if (record)
                {
                    successors[written++] = w;
                }
            }
        }

        successorStart[tail] = written;

        Reached = tail;
        DistanceSum = distanceSum;
        if (dependencies is not null)
        {
            AccumulateDependencies(source, dependencies);
        }

        for (var i = 0; i < tail; i++)
        {
            distance[order[i]] = -1;
        }
    }

    /// <summary>
    /// Brandes' back-propagation, written so that each node pulls from its successors instead of
    /// pushing to its predecessors: δ(w) = σ(w) · Σ (1 + δ(v)) / σ(v) over the successors v. Each
    /// node then writes only its own slot, and one division per node replaces one per edge.
    /// </summary>
    private void AccumulateDependencies(int source, double[] dependencies)
    {
        var paths = _paths;
        var coefficient = _coefficient;
        var order = _order;
        var successorStart = _successorStart;
        ref var successor = ref MemoryMarshal.GetArrayDataReference(_successors);
        ref var coefficients = ref MemoryMarshal.GetArrayDataReference(coefficient);
        for (var i = Reached - 1; i >= 0; i--)
        {
            var w = order[i];
            var sum = 0.0;
            var end = successorStart[i + 1];
            for (var e = successorStart[i]; e < end; e++)
            {
                sum += Unsafe.Add(ref coefficients, Unsafe.Add(ref successor, e));
            }

            var dependency = paths[w] * sum;
            coefficient[w] = (1 + dependency) / paths[w];
            if (w != source)
            {
                dependencies[w] += dependency;
            }
        }
    }
}
