using SectorMap.Core.Model;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>
/// A header cell: a property name, and for user attributes an optional type suffix in the manner
/// of neo4j-admin import headers (<c>score:number</c>, <c>active:bool</c>, <c>tags:list</c>).
/// Model properties take their type from the model whatever the header says.
/// </summary>
public sealed record CsvColumn(string Name, PropertyKind Kind, int Index)
{
    private static readonly Dictionary<string, PropertyKind> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = PropertyKind.String,
        ["number"] = PropertyKind.Number,
        ["bool"] = PropertyKind.Boolean,
        ["list"] = PropertyKind.StringList,
    };

    public static string HeaderFor(string name, PropertyKind kind) => kind switch
    {
        PropertyKind.Number => name + ":number",
        PropertyKind.Boolean => name + ":bool",
        PropertyKind.StringList => name + ":list",
        _ => name,
    };

    /// <returns>The column, or null with <paramref name="error"/> set for an unknown suffix.</returns>
    public static CsvColumn? Parse(string header, int index, out string? error)
    {
        error = null;
        var text = header.Trim();
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return new CsvColumn(text, PropertyKind.String, index);
        }

        var suffix = text[(colon + 1)..];
        if (Suffixes.TryGetValue(suffix, out var kind))
        {
            return new CsvColumn(text[..colon], kind, index);
        }

        error = $"unknown column type \"{suffix}\" in \"{text}\"; use string, number, bool or list";
        return null;
    }
}
