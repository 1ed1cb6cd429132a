using System.Text;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>
/// List cells: items separated by ';' and trimmed, as spreadsheet users type them. A ';' or '\'
/// inside an item is written "\;" or "\\" so that every list survives a round trip.
/// </summary>
public static class CsvLists
{
    public static IReadOnlyList<string> Split(string cell)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length && (cell[i + 1] == ';' || cell[i + 1] == '\\'))
            {
                item.Append(cell[++i]);
            }
            else if (c == ';')
            {
                AddItem(items, item);
            }
            else
            {
                item.Append(c);
            }
        }

        AddItem(items, item);
        return items;
    }

    public static string Join(IEnumerable<string> items) =>
        string.Join(";", items.Select(i => i.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)));

    private static void AddItem(List<string> items, StringBuilder item)
    {
        var text = item.ToString().Trim();
        if (text.Length > 0)
        {
            items.Add(text);
        }

        item.Clear();
    }
}
