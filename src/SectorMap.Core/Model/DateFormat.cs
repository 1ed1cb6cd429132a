using System.Globalization;

namespace SectorMap.Core.Model;

/// <summary>The one date format of the model: ISO 8601 calendar dates.</summary>
public static class DateFormat
{
    public const string Iso = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);
}
