using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SectorMap.Core.Model;

namespace SectorMap.Core.Interchange.Json;

/// <summary>
/// A property bag as one compact JSON object, keys sorted: the form a store keeps it in. Numbers
/// are written from their decimal, so 1.50 stays 1.50.
/// </summary>
public static class PropertyBagJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(PropertyBag properties)
    {
        if (properties.Count == 0)
        {
            return "{}";
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            InterchangeJsonWriter.WriteProperties(writer, properties);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <exception cref="JsonException">The text is not a bag this class wrote: the store is damaged.</exception>
    public static PropertyBag Deserialize(string json)
    {
        if (json.Length <= 2)
        {
            return PropertyBag.Empty;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        var items = new List<KeyValuePair<string, PropertyValue>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            items.Add(new(key, reader.TokenType switch
            {
                JsonTokenType.String => PropertyValue.Of(reader.GetString()!),
                JsonTokenType.Number => PropertyValue.Of(reader.GetDecimal()),
                JsonTokenType.True => PropertyValue.Of(true),
                JsonTokenType.False => PropertyValue.Of(false),
                JsonTokenType.StartArray => ReadList(ref reader),
                _ => throw new JsonException($"unexpected {reader.TokenType} for property \"{key}\""),
            }));
        }

        return PropertyBag.From(items);
    }

    private static PropertyValue ReadList(ref Utf8JsonReader reader)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            items.Add(reader.GetString()!);
        }

        return PropertyValue.Of(items);
    }
}
