using SectorMap.Analysis.Metrics;
using SectorMap.Core.Interchange;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Views.Files;

/// <summary>
/// What <c>project</c> writes, whatever the format: every node with its label, name, properties
/// (delegates' contact details only when asked) and the metrics asked for, and every edge with its
/// weight. The attributes are declared once, typed, in a fixed order — label, name, the properties
/// sorted by name, then the metrics in CLI.md's order — so that every writer is deterministic.
/// A property with the same name as a metric gives way to the metric.
/// </summary>
public sealed class ViewFile
{
    private ViewFile(GraphView view, IReadOnlyList<ViewField> attributes, object?[][] values, DateOnly? asOf)
    {
        View = view;
        Fields = attributes;
        Values = values;
        AsOf = asOf;
    }

    public GraphView View { get; }

    public DateOnly? AsOf { get; }

    /// <summary>The node attributes besides the id, in output order.</summary>
    public IReadOnlyList<ViewField> Fields { get; }

    /// <summary>Values[node][attribute]: a string, long, double, bool or list of strings; null when the node has none.</summary>
    public IReadOnlyList<object?[]> Values { get; }

    public static ViewFile Of(GraphView view, MetricsTable? metrics = null, bool includePersonal = false, DateOnly? asOf = null)
    {
        var metricNames = metrics?.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var exportOptions = new ExportOptions(includePersonal);
        var properties = view.Nodes.Select(exportOptions.PropertiesOf).ToList();
        var propertyAttributes = properties
            .SelectMany(bag => bag)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => !metricNames.Contains(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ViewField(g.Key, TypeOf(g.Select(p => p.Value.Kind).Distinct().ToList())))
            .ToList();
        var attributes = new List<ViewField> { new("label", ViewFieldType.String), new("name", ViewFieldType.String) };
        attributes.AddRange(propertyAttributes);
        attributes.AddRange(metrics?.Columns.Select(c => new ViewField(c.Name, c.Integral ? ViewFieldType.Integer : ViewFieldType.Double)) ?? []);

        var values = new object?[view.Nodes.Count][];
        for (var v = 0; v < values.Length; v++)
        {
            var row = new object?[attributes.Count];
            row[0] = view.Nodes[v].Label;
            row[1] = view.Nodes[v].Name;
            for (var a = 0; a < propertyAttributes.Count; a++)
            {
                row[2 + a] = properties[v].TryGetValue(propertyAttributes[a].Name, out var value) ? ValueOf(value, propertyAttributes[a].Type) : null;
            }

            for (var c = 0; c < (metrics?.Columns.Count ?? 0); c++)
            {
                row[2 + propertyAttributes.Count + c] = metrics!.Columns[c].ValueAt(v);
            }

            values[v] = row;
        }

        return new ViewFile(view, attributes, values, asOf);
    }

    /// <summary>Each undirected edge once, smaller index first, in index order.</summary>
    public IEnumerable<(int Source, int Target, double Weight)> Edges()
    {
        var graph = View.Graph;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var neighbours = graph.Neighbours(v).ToArray();
            var weights = graph.Weights(v).ToArray();
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (neighbours[i] > v)
                {
                    yield return (v, neighbours[i], weights[i]);
                }
            }
        }
    }

    /// <summary>One type per attribute, as GraphML and GEXF declare them: mixed kinds fall back to text.</summary>
    private static ViewFieldType TypeOf(List<PropertyKind> kinds) => kinds.Count != 1 ? ViewFieldType.String : kinds[0] switch
    {
        PropertyKind.Number => ViewFieldType.Double,
        PropertyKind.Boolean => ViewFieldType.Boolean,
        PropertyKind.StringList => ViewFieldType.StringList,
        _ => ViewFieldType.String,
    };

    private static object ValueOf(PropertyValue value, ViewFieldType type) => type switch
    {
        ViewFieldType.Double => (double)value.AsNumber(),
        ViewFieldType.Boolean => value.AsBoolean(),
        ViewFieldType.StringList => value.AsList(),
        _ => value.Kind == PropertyKind.String ? value.AsString() : value.ToString(),
    };
}
