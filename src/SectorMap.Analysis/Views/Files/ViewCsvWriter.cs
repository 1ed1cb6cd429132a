using System.Globalization;
using SectorMap.Core.Interchange.Csv;

namespace SectorMap.Analysis.Views.Files;

/// <summary>A view as CSV: one row per node, with its id and every attribute; lists joined as the interchange CSV joins them.</summary>
public static class ViewCsvWriter
{
    public static void Write(TextWriter output, ViewFile file)
    {
        CsvRecord.Write(output, ["id", .. file.Fields.Select(a => a.Name)]);
        for (var v = 0; v < file.View.Nodes.Count; v++)
        {
            CsvRecord.Write(output, [file.View.Nodes[v].Id, .. file.Values[v].Select(Text)]);
        }
    }

    /// <summary>An attribute value as text: numbers in their shortest round-tripping invariant form, booleans as true/false.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> list => CsvLists.Join(list),
        _ => throw new ArgumentException($"unexpected attribute value {value.GetType().Name}", nameof(value)),
    };
}
