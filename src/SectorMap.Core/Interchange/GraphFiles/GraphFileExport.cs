using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// A snapshot as a directed graph file document (SCHEMA.md, Other formats): each node keeps its
/// <c>label</c>, <c>name</c> and every property as data, each relationship its <c>type</c>,
/// <c>since</c>, <c>until</c> and properties. <see cref="GraphFileImport"/> reads it back exactly.
/// </summary>
/// <remarks>
/// A number is written as a long when every value of that property is a whole number a long holds,
/// else as a double, so tools see counts as integers and money as floats. Every number the model
/// keeps has at most 15 significant digits (the validator sees to it), which a double holds exactly.
/// A list (an organisation's aliases, a user's tags) is a JSON array in a string, marked as a list
/// (see <see cref="GraphFileKey"/>): unlike the CSV's ";"-joined cells it needs no escaping rules of
/// its own, survives any item text, and NetworkX users turn it back into a list with <c>json.loads</c>.
/// </remarks>
public static class GraphFileExport
{
    public static GraphFileDocument FromSnapshot(GraphSnapshot graph, ExportOptions options)
    {
        var nodeProperties = graph.Nodes.Select(n => options.PropertiesOf(n)).ToList();
        var nodeWhole = WholeNumberProperties(nodeProperties);
        var nodes = graph.Nodes.Select((n, i) => new GraphFileNode(n.Id, Attributes(
            [new("label", n.Label), new("name", n.Name)],
            ExportFilter.InModelOrder(nodeProperties[i], GraphModel.FindLabel(n.Label)?.Properties ?? []),
            nodeWhole))).ToList();

        var edgeWhole = WholeNumberProperties(graph.Relationships.Select(r => r.Properties));
        var edges = graph.Relationships.Select(r => new GraphFileEdge(r.From, r.To, Attributes(
            [
                new("type", r.Type),
                new("since", r.Since is { } since ? DateFormat.Format(since) : null),
                new("until", r.Until is { } until ? DateFormat.Format(until) : null),
            ],
            ExportFilter.InModelOrder(r.Properties, GraphModel.FindRelationship(r.Type)?.Properties ?? []),
            edgeWhole))).ToList();

        var nodeOrder = GraphModel.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct();
        var edgeOrder = GraphModel.Relationships.SelectMany(r => r.Properties).Select(p => p.Name).Distinct();
        return new GraphFileDocument(
            Directed: true,
            KeysOf(nodes.Select(n => n.Attributes), ["label", "name", .. nodeOrder]),
            KeysOf(edges.Select(e => e.Attributes), ["type", "since", "until", .. edgeOrder]),
            nodes,
            edges);
    }

    /// <summary>The value a property has in a file.</summary>
    private static object ValueOf(PropertyValue value, bool wholeNumbersAsLong) => value.Kind switch
    {
        PropertyKind.Number when wholeNumbersAsLong => (long)value.AsNumber(),
        PropertyKind.Number => (double)value.AsNumber(),
        PropertyKind.Boolean => value.AsBoolean(),
        PropertyKind.StringList => value.AsList(),
        _ => value.AsString(),
    };

    private static GraphFileAttributes Attributes(
        KeyValuePair<string, object?>[] fixedValues,
        IEnumerable<KeyValuePair<string, PropertyValue>> properties,
        HashSet<string> wholeNumbers) =>
        new(fixedValues.Concat(properties.Select(p => new KeyValuePair<string, object?>(p.Key, ValueOf(p.Value, wholeNumbers.Contains(p.Key))))));

    /// <summary>Properties whose every numeric value is a whole number within a long's range.</summary>
    private static HashSet<string> WholeNumberProperties(IEnumerable<PropertyBag> bags)
    {
        var whole = new HashSet<string>(StringComparer.Ordinal);
        var fractional = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bag in bags)
        {
            foreach (var (key, value) in bag)
            {
                if (value.Kind != PropertyKind.Number)
                {
                    continue;
                }

                var number = value.AsNumber();
                var isWhole = number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue;
                (isWhole ? whole : fractional).Add(key);
            }
        }

        whole.ExceptWith(fractional);
        return whole;
    }

    /// <summary>Every (name, type) the elements hold: the given names first in that order, then the rest by name.</summary>
    private static List<GraphFileKey> KeysOf(IEnumerable<GraphFileAttributes> elements, string[] order) =>
        elements.SelectMany(a => a.Select(kv => new GraphFileKey(kv.Key, GraphFileAttributes.TypeOf(kv.Value))))
            .Distinct()
            .OrderBy(k => Array.IndexOf(order, k.Name) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .ThenBy(k => k.Type)
            .ToList();
}
