using System.Globalization;

namespace SectorMap.Core.Model;

/// <summary>The one date format of the model: ISO 8601 calendar dates.</summary>
public static class DateFormat
{
    public const string Iso = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses YYYY-MM-DD straight from UTF-8 bytes: a national file holds two million dates.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<byte> span)
        {
            var value = 0;
            foreach (var b in span)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return -1;
                }

                value = (value * 10) + (b - '0');
            }

            return value;
        }

        int year = Digits(utf8[..4]), month = Digits(utf8[5..7]), day = Digits(utf8[8..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Format(DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);
}
