using System.Text.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange.Json;

/// <summary>
/// Reads the interchange JSON file (SCHEMA.md) into a batch. A forward-only reader over the bytes,
/// not a document object model, so a national-scale file costs its own size and the model, no more.
/// Problems are added to the batch with JSON Pointers; nothing here throws for a user's mistake.
/// </summary>
public static class InterchangeJsonReader
{
    private static readonly string[] TopLevelKeys = ["format", "version", "nodes", "relationships"];

    /// <summary>Reserved for the system section of an export with --include-system; not imported.</summary>
    private const string SystemKey = "system";

    public static void Read(ReadOnlySpan<byte> utf8, string fileName, GraphBatchBuilder batch)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            ReadDocument(ref reader, fileName, new Context(batch, new Utf8StringPool(), new HashSet<string>(StringComparer.Ordinal)));
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            batch.AddError($"{fileName}:{line}:{column}", $"invalid JSON: {TrimMessage(ex.Message)}");
        }
    }

    /// <summary>What one file's reading shares: the batch, the string pool and a key set reused per element.</summary>
    private sealed record Context(GraphBatchBuilder Batch, Utf8StringPool Strings, HashSet<string> SeenKeys);

    private static void ReadDocument(ref Utf8JsonReader reader, string fileName, Context context)
    {
        var batch = context.Batch;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            batch.AddError($"{fileName}#", "expected a JSON object with \"nodes\" and \"relationships\"");
            return;
        }

        var sawContent = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            switch (key)
            {
                case "format":
                    if (reader.TokenType != JsonTokenType.String || reader.GetString() != GraphModel.FormatName)
                    {
                        batch.AddError($"{fileName}#/format", $"format must be \"{GraphModel.FormatName}\"");
                    }

                    break;
                case "version":
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != GraphModel.FormatVersion)
                    {
                        batch.AddError($"{fileName}#/version", $"version must be {GraphModel.FormatVersion}: this SectorMap reads version {GraphModel.FormatVersion} files");
                    }

                    break;
                case "nodes":
                    sawContent = true;
                    ReadArray(ref reader, new JsonLocator(fileName, "nodes"), context, ReadNode);
                    break;
                case "relationships":
                    sawContent = true;
                    ReadArray(ref reader, new JsonLocator(fileName, "relationships"), context, ReadRelationship);
                    break;
                case SystemKey:
                    reader.Skip();
                    break;
                default:
                    batch.AddError($"{fileName}#/{JsonLocator.Escape(key)}",
                        $"unknown top-level key \"{key}\"; expected {string.Join(", ", TopLevelKeys)}");
                    reader.Skip();
                    break;
            }
        }

        if (!sawContent)
        {
            batch.AddError($"{fileName}#", "the file has neither \"nodes\" nor \"relationships\"");
        }
    }

    private delegate void ElementReader(ref Utf8JsonReader reader, SourceRef source, Context context);

    private static void ReadArray(ref Utf8JsonReader reader, JsonLocator locator, Context context, ElementReader readElement)
    {
        var batch = context.Batch;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            batch.AddError(locator.Section, "expected an array");
            reader.Skip();
            return;
        }

        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var source = new SourceRef(locator, position++);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                batch.AddError(source.Locate(), "expected an object");
                reader.Skip();
                continue;
            }

            readElement(ref reader, source, context);
        }
    }

    private static void ReadNode(ref Utf8JsonReader reader, SourceRef source, Context context)
    {
        var batch = context.Batch;
        var seen = context.SeenKeys;
        seen.Clear();
        string id = string.Empty, label = string.Empty, name = string.Empty;
        var properties = new List<KeyValuePair<string, PropertyValue>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = context.Strings.Get(ref reader);
            reader.Read();
            if (!seen.Add(key))
            {
                batch.AddError(source.Locate(key), $"\"{key}\" appears twice");
                reader.Skip();
                continue;
            }

            switch (key)
            {
                case "id": id = ReadRequiredString(ref reader, source, key, context); break;
                case "label": label = ReadRequiredString(ref reader, source, key, context); break;
                case "name": name = ReadRequiredString(ref reader, source, key, context); break;
                default: AddProperty(ref reader, source, key, properties, context); break;
            }
        }

        batch.AddNode(new GraphNode(id, label, name, PropertyBag.From(properties)), source);
    }

    private static void ReadRelationship(ref Utf8JsonReader reader, SourceRef source, Context context)
    {
        var batch = context.Batch;
        var seen = context.SeenKeys;
        seen.Clear();
        string type = string.Empty, from = string.Empty, to = string.Empty;
        DateOnly? since = null, until = null;
        var properties = new List<KeyValuePair<string, PropertyValue>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = context.Strings.Get(ref reader);
            reader.Read();
            if (!seen.Add(key))
            {
                batch.AddError(source.Locate(key), $"\"{key}\" appears twice");
                reader.Skip();
                continue;
            }

            switch (key)
            {
                case "type": type = ReadRequiredString(ref reader, source, key, context); break;
                case "from": from = ReadRequiredString(ref reader, source, key, context); break;
                case "to": to = ReadRequiredString(ref reader, source, key, context); break;
                case "since": since = ReadDate(ref reader, source, key, batch); break;
                case "until": until = ReadDate(ref reader, source, key, batch); break;
                default: AddProperty(ref reader, source, key, properties, context); break;
            }
        }

        batch.AddRelationship(new GraphRelationship(type, from, to, since, until, PropertyBag.From(properties)), source);
    }

    private static string ReadRequiredString(ref Utf8JsonReader reader, SourceRef source, string key, Context context)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return context.Strings.Get(ref reader);
        }

        context.Batch.AddError(source.Locate(key), $"{key} must be a string");
        reader.Skip();
        return string.Empty;
    }

    private static DateOnly? ReadDate(ref Utf8JsonReader reader, SourceRef source, string key, GraphBatchBuilder batch)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && DateFormat.TryParse(reader.ValueSpan, out var date))
        {
            return date;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;

        batch.AddError(source.Locate(key), $"{key} {(text is null ? "must be a string" : $"\"{text}\" is not a date")} (YYYY-MM-DD)");
        reader.Skip();
        return null;
    }

    private static void AddProperty(
        ref Utf8JsonReader reader,
        SourceRef source,
        string key,
        List<KeyValuePair<string, PropertyValue>> properties,
        Context context)
    {
        var batch = context.Batch;
        PropertyValue? value = reader.TokenType switch
        {
            JsonTokenType.String => PropertyValue.Of(context.Strings.Get(ref reader)),
            JsonTokenType.True => PropertyValue.Of(true),
            JsonTokenType.False => PropertyValue.Of(false),
            JsonTokenType.Number when reader.TryGetDecimal(out var number) => PropertyValue.Of(number),
            JsonTokenType.StartArray => ReadStringList(ref reader),
            _ => null,
        };

        if (value is { } v)
        {
            properties.Add(new(key, v));
            return;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var what = reader.TokenType == JsonTokenType.Number ? "is a number too large to keep exactly"
            : "must be a string, a number, true or false, or a list of strings";
        batch.AddError(source.Locate(key), $"{key} {what}");
        reader.Skip();
    }

    /// <returns>The list, or null (with the reader at the array's end) when an item is not a string.</returns>
    private static PropertyValue? ReadStringList(ref Utf8JsonReader reader)
    {
        var items = new List<string>();
        var allStrings = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }
            else
            {
                allStrings = false;
                reader.Skip();
            }
        }

        return allStrings ? PropertyValue.Of(items) : null;
    }

    private static string TrimMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut >= 0 ? message[..cut] : message).TrimEnd(' ', '|');
    }
}
