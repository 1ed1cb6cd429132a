using SectorMap.Analysis.Graphs;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Views;

/// <summary>
/// Any graph file taken as it is — a Barabási–Albert graph from NetworkX, a network from Gephi —
/// for <c>metrics --input</c>: its nodes, and its edges taken as undirected, parallel ones
/// collapsing into one whose weight adds up their <c>weight</c> attributes (1 where there is none).
/// A node's <c>label</c> and <c>name</c> attributes are kept when it has them.
/// </summary>
public static class DocumentView
{
    public static GraphView From(GraphFileDocument document)
    {
        var nodes = document.Nodes.Select(n => new GraphNode(n.Id, Text(n.Attributes, "label") ?? string.Empty, Text(n.Attributes, "name") ?? n.Id, PropertyBag.Empty)).ToList();
        var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index[nodes[i].Id] = i;
        }

        var edges = document.Edges.Select(e => (index[e.Source], index[e.Target], Weight(e.Attributes))).ToList();
        return new GraphView(ViewKind.Full, nodes, CsrGraph.FromWeightedEdges(nodes.Count, edges));
    }

    private static string? Text(GraphFileAttributes attributes, string name) =>
        attributes.TryGetValue(name, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static double Weight(GraphFileAttributes attributes) => attributes.TryGetValue("weight", out var value) ? value switch
    {
        double number => number,
        long number => number,
        _ => 1.0,
    } : 1.0;
}
