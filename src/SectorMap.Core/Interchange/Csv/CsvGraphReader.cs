using System.Globalization;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>
/// Reads the spreadsheet-friendly CSV pair (SCHEMA.md): <c>nodes.csv</c> with <c>id,label,name,…</c>
/// and <c>relationships.csv</c> with <c>type,from,to,…</c>. Which is which is told by the header,
/// so the files may have any name. Every other column is a property; an empty cell is "not set".
/// </summary>
public static class CsvGraphReader
{
    private static readonly string[] NodeColumns = ["id", "label", "name"];
    private static readonly string[] RelationshipColumns = ["type", "from", "to"];

    public static void Read(string text, string fileName, GraphBatchBuilder batch)
    {
        IEnumerator<IReadOnlyList<CsvCell>>? records = null;
        try
        {
            records = CsvTokenizer.Records(text).GetEnumerator();
            if (!records.MoveNext())
            {
                batch.AddError($"{fileName}:1:1", "the file is empty: expected a header row (id,label,name,… or type,from,to,…)");
                return;
            }

            var header = records.Current;
            var names = header.Select(c => c.Value.Trim()).ToHashSet(StringComparer.Ordinal);
            if (RelationshipColumns.All(names.Contains))
            {
                ReadRows(records, header, RelationshipColumns, fileName, batch, AddRelationship);
            }
            else if (names.Contains("id") && names.Contains("label"))
            {
                ReadRows(records, header, NodeColumns, fileName, batch, AddNode);
            }
            else
            {
                batch.AddError($"{fileName}:1:1",
                    "cannot tell what this file holds: a nodes file starts with the columns id,label,name and a relationships file with type,from,to");
            }
        }
        catch (CsvSyntaxException ex)
        {
            batch.AddError($"{fileName}:{ex.Line}:{ex.Column}", ex.Message);
        }
        finally
        {
            records?.Dispose();
        }
    }

    private delegate void RowReader(IReadOnlyList<CsvCell> row, IReadOnlyList<CsvColumn> columns, SourceRef source, GraphBatchBuilder batch);

    private static void ReadRows(
        IEnumerator<IReadOnlyList<CsvCell>> records,
        IReadOnlyList<CsvCell> header,
        string[] required,
        string fileName,
        GraphBatchBuilder batch,
        RowReader readRow)
    {
        var columns = ParseHeader(header, required, fileName, batch);
        if (columns is null)
        {
            return;
        }

        var columnByField = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            columnByField.TryAdd(column.Name, column.Index + 1);
        }

        var locator = new CsvLocator(fileName, columnByField);
        while (records.MoveNext())
        {
            var row = records.Current;
            var source = new SourceRef(locator, row[0].Line);
            if (row.Count > columns.Count)
            {
                var extra = row[columns.Count];
                batch.AddError($"{fileName}:{extra.Line}:{extra.Column}",
                    $"this row has {row.Count} cells but the header has {columns.Count} columns");
            }

            readRow(row, columns, source, batch);
        }
    }

    private static List<CsvColumn>? ParseHeader(IReadOnlyList<CsvCell> header, string[] required, string fileName, GraphBatchBuilder batch)
    {
        var columns = new List<CsvColumn>();
        var seen = new HashSet<(string, PropertyKind)>();
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i];
            var column = CsvColumn.Parse(cell.Value, i, out var error);
            var location = $"{fileName}:{cell.Line}:{cell.Column}";
            if (column is null)
            {
                batch.AddError(location, error!);
                ok = false;
            }
            else if (column.Name.Length == 0)
            {
                batch.AddError(location, "a column has no name");
                ok = false;
            }
            else if (!seen.Add((column.Name, column.Kind)))
            {
                batch.AddError(location, $"column \"{cell.Value.Trim()}\" appears twice");
                ok = false;
            }
            else if ((required.Contains(column.Name) || column.Name is "since" or "until") && column.Kind != PropertyKind.String)
            {
                batch.AddError(location, $"column \"{column.Name}\" cannot have a type");
                ok = false;
            }
            else
            {
                columns.Add(column);
            }
        }

        foreach (var name in required.Where(r => !columns.Any(c => c.Name == r)))
        {
            batch.AddError($"{fileName}:1:1", $"missing column \"{name}\"");
            ok = false;
        }

        return ok ? columns : null;
    }

    private static void AddNode(IReadOnlyList<CsvCell> row, IReadOnlyList<CsvColumn> columns, SourceRef source, GraphBatchBuilder batch)
    {
        string Cell(string name) => CellOf(row, columns.First(c => c.Name == name));

        var label = Cell("label");
        var spec = GraphModel.FindLabel(label);
        var properties = ReadProperties(row, columns, NodeColumns, name => spec?.FindProperty(name), source, batch);
        batch.AddNode(new GraphNode(Cell("id"), label, columns.Any(c => c.Name == "name") ? Cell("name") : string.Empty, properties), source);
    }

    private static void AddRelationship(IReadOnlyList<CsvCell> row, IReadOnlyList<CsvColumn> columns, SourceRef source, GraphBatchBuilder batch)
    {
        string Cell(string name) => CellOf(row, columns.First(c => c.Name == name));

        DateOnly? Date(string name)
        {
            var column = columns.FirstOrDefault(c => c.Name == name);
            var text = column is null ? string.Empty : CellOf(row, column);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateFormat.TryParse(text, out var date))
            {
                return date;
            }

            batch.AddError(source.Locate(name), $"{name} \"{text}\" is not a date (YYYY-MM-DD)");
            return null;
        }

        var type = Cell("type");
        var spec = GraphModel.FindRelationship(type);
        var properties = ReadProperties(row, columns, [.. RelationshipColumns, "since", "until"], name => spec?.FindProperty(name), source, batch);
        batch.AddRelationship(new GraphRelationship(type, Cell("from"), Cell("to"), Date("since"), Date("until"), properties), source);
    }

    private static PropertyBag ReadProperties(
        IReadOnlyList<CsvCell> row,
        IReadOnlyList<CsvColumn> columns,
        string[] reserved,
        Func<string, PropertySpec?> findSpec,
        SourceRef source,
        GraphBatchBuilder batch)
    {
        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var cell = CellOf(row, column);
            if (cell.Length == 0 || reserved.Contains(column.Name))
            {
                continue;
            }

            var spec = findSpec(column.Name);
            var value = spec is not null ? BySpec(spec, cell) : ByColumn(column, cell);
            if (value is null)
            {
                batch.AddError(source.Locate(column.Name), $"{column.Name} \"{cell}\" is not {(column.Kind == PropertyKind.Number ? "a number" : "true or false")}");
            }
            else if (!properties.TryAdd(column.Name, value.Value))
            {
                batch.AddError(source.Locate(column.Name), $"{column.Name} is given in two columns");
            }
        }

        return PropertyBag.From(properties);
    }

    /// <summary>Model properties take the model's type; a cell that does not fit stays text for the validator to name.</summary>
    private static PropertyValue BySpec(PropertySpec spec, string cell) => spec.Type switch
    {
        PropertyType.Number => ParseNumber(cell) is { } n ? PropertyValue.Of(n) : PropertyValue.Of(cell),
        PropertyType.Boolean => ParseBool(cell) is { } b ? PropertyValue.Of(b) : PropertyValue.Of(cell),
        PropertyType.TextList => PropertyValue.Of(CsvLists.Split(cell)),
        _ => PropertyValue.Of(cell),
    };

    private static PropertyValue? ByColumn(CsvColumn column, string cell) => column.Kind switch
    {
        PropertyKind.Number => ParseNumber(cell) is { } n ? PropertyValue.Of(n) : null,
        PropertyKind.Boolean => ParseBool(cell) is { } b ? PropertyValue.Of(b) : null,
        PropertyKind.StringList => PropertyValue.Of(CsvLists.Split(cell)),
        _ => PropertyValue.Of(cell),
    };

    private static decimal? ParseNumber(string cell) =>
        decimal.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? ParseBool(string cell) => cell.Trim().ToUpperInvariant() switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => null,
    };

    private static string CellOf(IReadOnlyList<CsvCell> row, CsvColumn column) =>
        column.Index < row.Count ? row[column.Index].Value : string.Empty;
}
