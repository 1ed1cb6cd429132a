using SectorMap.Analysis.Graphs;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Analysis.Views;

/// <summary>
/// The funding view (CLI.md): funders and recipients, linked by each grant from one to the other,
/// the edge weighing the total amount awarded between them (a grant with no amount adds nothing
/// to the weight but still links them).
/// </summary>
public static class FundingView
{
    public static GraphView Build(GraphSnapshot snapshot)
    {
        var funders = Ends(snapshot, RelationshipTypes.FundedBy);
        var recipients = Ends(snapshot, RelationshipTypes.ReceivedBy);
        var involved = funders.Values.Concat(recipients.Values).SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        var nodes = snapshot.Nodes.Where(n => n.Label == NodeLabels.Organisation && involved.Contains(n.Id)).ToList();
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var edges = new List<(int, int, double)>();
        foreach (var grant in snapshot.Nodes.Where(n => n.Label == NodeLabels.Grant))
        {
            var amount = grant.Properties.TryGetValue("amountAwarded", out var value) && value.Kind == PropertyKind.Number ? (double)value.AsNumber() : 0;
            foreach (var funder in funders.GetValueOrDefault(grant.Id, []))
            {
                foreach (var recipient in recipients.GetValueOrDefault(grant.Id, []))
                {
                    edges.Add((index[funder], index[recipient], amount));
                }
            }
        }

        return new GraphView(ViewKind.Funding, nodes, CsrGraph.FromWeightedEdges(nodes.Count, edges));
    }

    /// <summary>For each grant, the organisations at the other end of its relationships of one type.</summary>
    private static Dictionary<string, List<string>> Ends(GraphSnapshot snapshot, string type) =>
        snapshot.Relationships.Where(r => r.Type == type)
            .GroupBy(r => r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.To).ToList(), StringComparer.Ordinal);
}
