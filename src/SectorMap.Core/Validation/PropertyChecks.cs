using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Validation;

/// <summary>Checks one value against the type and vocabulary the model declares for it.</summary>
public static class PropertyChecks
{
    /// <returns>What is wrong, in words for the user, or null when the value fits.</returns>
    public static string? Check(PropertySpec spec, PropertyValue value)
    {
        var wanted = spec.Type switch
        {
            PropertyType.Number => PropertyKind.Number,
            PropertyType.Boolean => PropertyKind.Boolean,
            PropertyType.TextList => PropertyKind.StringList,
            _ => PropertyKind.String,
        };
        if (value.Kind != wanted)
        {
            return $"{spec.Name} must be {Describe(spec.Type)}, not {Describe(value)}";
        }

        if (spec.Type == PropertyType.Date && !DateFormat.TryParse(value.AsString(), out _))
        {
            return $"{spec.Name} \"{value.AsString()}\" is not a date (YYYY-MM-DD)";
        }

        if (spec.Type == PropertyType.Vocabulary && !spec.Allowed!.Contains(value.AsString()))
        {
            return $"{spec.Name} \"{value.AsString()}\" is not one of {Suggest.List(spec.Allowed!)}{Suggest.ClosestHint(value.AsString(), spec.Allowed!)}";
        }

        return null;
    }

    /// <summary>
    /// Whether a number survives a store that keeps numbers as 64-bit floats (Neo4j): at most 15
    /// significant digits, the precision a double always round-trips.
    /// </summary>
    public static bool FitsEveryStore(decimal number) => (decimal)(double)number == number;

    private static string Describe(PropertyType type) => type switch
    {
        PropertyType.Number => "a number",
        PropertyType.Boolean => "true or false",
        PropertyType.Date => "a date (YYYY-MM-DD)",
        PropertyType.TextList => "a list of strings",
        PropertyType.Vocabulary => "one of its listed values",
        _ => "text",
    };

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Number => $"the number {value}",
        PropertyKind.Boolean => $"the boolean {value}",
        PropertyKind.StringList => "a list",
        _ => $"\"{value}\"",
    };
}
