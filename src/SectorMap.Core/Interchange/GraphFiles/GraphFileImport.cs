using System.Globalization;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// A graph file document as nodes and relationships of a batch, for the validator to check like any
/// other file: a node's <c>label</c> attribute is its label, its XML id its id, <c>name</c> its name and
/// every other attribute a property; an edge's <c>type</c> is the relationship type, <c>since</c> and
/// <c>until</c> its dates, the rest properties. Each element is located at its XML element,
/// <c>file:line:column</c>.
/// </summary>
public static class GraphFileImport
{
    public static void AddTo(GraphBatchBuilder batch, GraphFileDocument document)
    {
        var nodes = new Locator(document.Nodes.Select(n => n.Location).ToArray());
        for (var i = 0; i < document.Nodes.Count; i++)
        {
            batch.AddNode(ToNode(document.Nodes[i], batch), new SourceRef(nodes, i));
        }

        var edges = new Locator(document.Edges.Select(e => e.Location).ToArray());
        for (var i = 0; i < document.Edges.Count; i++)
        {
            batch.AddRelationship(ToRelationship(document.Edges[i], batch), new SourceRef(edges, i));
        }
    }

    private static GraphNode ToNode(GraphFileNode node, GraphBatchBuilder batch)
    {
        var label = Text(node.Attributes, "label");
        var spec = GraphModel.FindLabel(label);
        var properties = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, value) in node.Attributes)
        {
            if (name is "label" or "name")
            {
                continue;
            }

            if (name == "id")
            {
                // NetworkX users sometimes keep the id as data too; only a different one is a mistake.
                if (!Equals(value, node.Id))
                {
                    batch.AddError(node.Location, $"the attribute id \"{value}\" differs from the node's XML id \"{node.Id}\"; a node has one id");
                }

                continue;
            }

            AddProperty(properties, name, value, spec?.FindProperty(name), node.Location, batch);
        }

        return new GraphNode(node.Id, label, Text(node.Attributes, "name"), PropertyBag.From(properties));
    }

    private static GraphRelationship ToRelationship(GraphFileEdge edge, GraphBatchBuilder batch)
    {
        var type = Text(edge.Attributes, "type");
        var spec = GraphModel.FindRelationship(type);
        var properties = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, value) in edge.Attributes)
        {
            switch (name)
            {
                case "type" or "since" or "until":
                    continue;
                case "from" or "to":
                    batch.AddError(edge.Location, $"an edge attribute cannot be called \"{name}\": an edge goes from its source to its target");
                    continue;
                default:
                    AddProperty(properties, name, value, spec?.FindProperty(name), edge.Location, batch);
                    break;
            }
        }

        return new GraphRelationship(type, edge.Source, edge.Target,
            Date(edge, "since", batch), Date(edge, "until", batch), PropertyBag.From(properties));
    }

    /// <summary>An attribute as text: label, name and type are text whatever type the file declared.</summary>
    private static string Text(GraphFileAttributes attributes, string name) =>
        attributes.TryGetValue(name, out var value) ? GraphFileValues.Format(value) ?? string.Empty : string.Empty;

    private static DateOnly? Date(GraphFileEdge edge, string name, GraphBatchBuilder batch)
    {
        if (!edge.Attributes.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value is string text && DateFormat.TryParse(text, out var date))
        {
            return date;
        }

        batch.AddError(edge.Location, $"{name} \"{GraphFileValues.Format(value)}\" is not a date (YYYY-MM-DD)");
        return null;
    }

    /// <summary>
    /// A model property takes the model's type where the file's value can be read as it (a GraphML key
    /// declared as a string that holds "true", a plain string of aliases); otherwise the value is kept as
    /// the file typed it and the validator names the mismatch, as the CSV reader does.
    /// </summary>
    private static void AddProperty(
        List<KeyValuePair<string, PropertyValue>> properties,
        string name,
        object value,
        PropertySpec? spec,
        string location,
        GraphBatchBuilder batch)
    {
        PropertyValue? converted = (spec?.Type, value) switch
        {
            (PropertyType.Number, string text) when decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => PropertyValue.Of(n),
            (PropertyType.Boolean, string text) when bool.TryParse(text.Trim(), out var b) => PropertyValue.Of(b),
            (PropertyType.TextList, string text) => PropertyValue.Of(GraphFileValues.TryParseList(text, out var list) ? (string[])list! : CsvLists.Split(text)),
            (_, string text) => PropertyValue.Of(text),
            (_, long number) => PropertyValue.Of(number),
            (_, double number) => Number(number),
            (_, bool flag) => PropertyValue.Of(flag),
            (_, IReadOnlyList<string> items) => PropertyValue.Of(items),
            _ => null,
        };

        if (converted is { } v)
        {
            properties.Add(new(name, v));
        }
        else if (value is not double.NaN)
        {
            batch.AddError(location, $"{name} {GraphFileValues.Format(value)} is not a number SectorMap can keep exactly");
        }
    }

    /// <summary>A double as the decimal its shortest text spells, so 0.1 stays 0.1; null when no decimal is that double.</summary>
    private static PropertyValue? Number(double number)
    {
        if (!double.IsFinite(number)
            || !decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            || (double)exact != number)
        {
            return null;
        }

        return PropertyValue.Of(exact);
    }

    /// <summary>Every problem with an element points at the element; the message names the attribute.</summary>
    private sealed class Locator(string[] locations) : ISourceLocator
    {
        public string Locate(int position, string? field) => locations[position];
    }
}
