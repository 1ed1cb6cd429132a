using System.Text;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>
/// Writes the CSV pair. Model properties get plain columns (the model knows their type); user
/// attributes that are not text get a typed header (<c>score:number</c>) so that reading the
/// files back gives exactly the same values.
/// </summary>
public static class CsvGraphWriter
{
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <c>nodes.csv</c> and <c>relationships.csv</c> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, GraphSnapshot graph, ExportOptions options)
    {
        Directory.CreateDirectory(directory);
        using (var nodes = new StreamWriter(Path.Combine(directory, NodesFile), append: false, Utf8NoBom))
        {
            WriteNodes(nodes, graph.Nodes, options);
        }

        using var relationships = new StreamWriter(Path.Combine(directory, RelationshipsFile), append: false, Utf8NoBom);
        WriteRelationships(relationships, graph.Relationships);
    }

    public static void WriteNodes(TextWriter writer, IReadOnlyList<GraphNode> nodes, ExportOptions options)
    {
        var modelOrder = GraphModel.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct().ToList();
        var rows = nodes.Select(n => (Fixed: new[] { n.Id, n.Label, n.Name }, Label: n.Label, Properties: options.PropertiesOf(n)));
        WriteTable(writer, ["id", "label", "name"], modelOrder, rows.Select(r => (r.Fixed, (Func<string, bool>)(k => GraphModel.FindLabel(r.Label)?.FindProperty(k) is not null), r.Properties)).ToList());
    }

    public static void WriteRelationships(TextWriter writer, IReadOnlyList<GraphRelationship> relationships)
    {
        var modelOrder = GraphModel.Relationships.SelectMany(r => r.Properties).Select(p => p.Name).Distinct().ToList();
        var rows = relationships.Select(r => (
            Fixed: new[] { r.Type, r.From, r.To, r.Since is { } s ? DateFormat.Format(s) : string.Empty, r.Until is { } u ? DateFormat.Format(u) : string.Empty },
            IsModel: (Func<string, bool>)(k => GraphModel.FindRelationship(r.Type)?.FindProperty(k) is not null),
            r.Properties)).ToList();
        WriteTable(writer, ["type", "from", "to", "since", "until"], modelOrder, rows);
    }

    private static void WriteTable(
        TextWriter writer,
        string[] fixedColumns,
        List<string> modelOrder,
        IReadOnlyList<(string[] Fixed, Func<string, bool> IsModel, PropertyBag Properties)> rows)
    {
        // A column is a (name, header type) pair; model properties are always plain-headed.
        static (string, PropertyKind) ColumnOf(string key, PropertyValue value, bool isModel) =>
            (key, isModel ? PropertyKind.String : value.Kind);

        var used = new HashSet<(string Name, PropertyKind Kind)>();
        foreach (var (_, isModel, properties) in rows)
        {
            foreach (var (key, value) in properties)
            {
                used.Add(ColumnOf(key, value, isModel(key)));
            }
        }

        var columns = used
            .OrderBy(c => modelOrder.IndexOf(c.Name) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ToList();
        var index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

        CsvRecord.Write(writer, fixedColumns.Concat(columns.Select(c => CsvColumn.HeaderFor(c.Name, c.Kind))));
        var cells = new string[columns.Count];
        foreach (var (fixedCells, isModel, properties) in rows)
        {
            Array.Fill(cells, string.Empty);
            foreach (var (key, value) in properties)
            {
                cells[index[ColumnOf(key, value, isModel(key))]] = Format(value);
            }

            CsvRecord.Write(writer, fixedCells.Concat(cells));
        }
    }

    private static string Format(PropertyValue value) =>
        value.Kind == PropertyKind.StringList ? CsvLists.Join(value.AsList()) : value.ToString();
}
