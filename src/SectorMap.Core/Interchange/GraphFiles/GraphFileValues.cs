using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>Attribute values as text in GraphML and GEXF files, read and written the same way by both.</summary>
internal static class GraphFileValues
{
    private static readonly JsonWriterOptions ListOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The text of a value. Doubles use the shortest text that reads back as the same double ("R",
    /// invariant culture), infinities the spelling Java, Python and .NET all parse.
    /// </summary>
    /// <returns>The text, or null for a value that is written as nothing (NaN: igraph's "missing").</returns>
    public static string? Format(object value) => value switch
    {
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number when double.IsNaN(number) => null,
        double number when double.IsPositiveInfinity(number) => "Infinity",
        double number when double.IsNegativeInfinity(number) => "-Infinity",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> items => FormatList(items),
        _ => throw new ArgumentException($"Unexpected attribute value {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Reads a value of a declared type, as NetworkX and Gephi accept it: surrounding white space is
    /// ignored for numbers and booleans, booleans are true/false in any case or 1/0, and NaN (which
    /// igraph writes for a missing number) is "not set".
    /// </summary>
    /// <returns>False when the text does not fit the type; <paramref name="value"/> is null for "not set".</returns>
    public static bool TryParse(string text, GraphFileValueType type, out object? value)
    {
        value = null;
        var trimmed = text.Trim();
        switch (type)
        {
            case GraphFileValueType.String:
                value = text;
                return true;
            case GraphFileValueType.Long:
                if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    value = integer;
                    return true;
                }

                return false;
            case GraphFileValueType.Double:
                return TryParseDouble(trimmed, out value);
            case GraphFileValueType.Boolean:
                value = trimmed.ToUpperInvariant() switch
                {
                    "TRUE" or "1" => true,
                    "FALSE" or "0" => false,
                    _ => null,
                };
                return value is not null;
            default:
                return TryParseList(text, out value);
        }
    }

    /// <summary>Words for an error message: what a value of the type looks like.</summary>
    public static string Describe(GraphFileValueType type) => type switch
    {
        GraphFileValueType.Long => "an integer",
        GraphFileValueType.Double => "a number",
        GraphFileValueType.Boolean => "true or false",
        GraphFileValueType.StringList => "a JSON array of strings",
        _ => "text",
    };

    /// <summary>A value quoted in an error message, cut short when long.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";

    private static bool TryParseDouble(string text, out object? value)
    {
        value = null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = double.IsNaN(number) ? null : number;
            return true;
        }

        // The spellings of NaN and infinity that NetworkX, igraph and Java write, in any case.
        switch (text.ToUpperInvariant())
        {
            case "NAN" or "+NAN" or "-NAN":
                return true;
            case "INF" or "+INF" or "INFINITY" or "+INFINITY":
                value = double.PositiveInfinity;
                return true;
            case "-INF" or "-INFINITY":
                value = double.NegativeInfinity;
                return true;
            default:
                return false;
        }
    }

    private static string FormatList(IReadOnlyList<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, ListOptions))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A JSON array of strings, the form <see cref="FormatList"/> writes.</summary>
    public static bool TryParseList(string text, out object? value)
    {
        value = null;
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            var items = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                return false;
            }

            value = items.ToArray();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
