using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Interchange.Json;

/// <summary>
/// Writes the interchange JSON file: one node or relationship a line, so that files diff well
/// and stay readable at any size, and streams as it goes.
/// </summary>
public static class InterchangeJsonWriter
{
    private static readonly JsonWriterOptions ElementOptions = new()
    {
        // Names such as "Comhairle nan Eilean Siar" or "Café" stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Stream output, GraphSnapshot graph, ExportOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var element = new Utf8JsonWriter(buffer, ElementOptions);

        WriteAscii(output, $"{{\n  \"format\": \"{GraphModel.FormatName}\",\n  \"version\": {GraphModel.FormatVersion},\n  \"nodes\": [");
        WriteElements(output, buffer, element, graph.Nodes, (w, n) => WriteNode(w, n, options));
        WriteAscii(output, "],\n  \"relationships\": [");
        WriteElements(output, buffer, element, graph.Relationships, WriteRelationship);
        WriteAscii(output, "]\n}\n");
    }

    private static void WriteElements<T>(
        Stream output,
        ArrayBufferWriter<byte> buffer,
        Utf8JsonWriter writer,
        IReadOnlyList<T> items,
        Action<Utf8JsonWriter, T> write)
    {
        for (var i = 0; i < items.Count; i++)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            write(writer, items[i]);
            writer.Flush();
            WriteAscii(output, i == 0 ? "\n    " : ",\n    ");
            output.Write(buffer.WrittenSpan);
        }

        if (items.Count > 0)
        {
            WriteAscii(output, "\n  ");
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node, ExportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("label", node.Label);
        writer.WriteString("name", node.Name);
        var specs = GraphModel.FindLabel(node.Label)?.Properties ?? [];
        WriteProperties(writer, ExportFilter.InModelOrder(options.PropertiesOf(node), specs));
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship rel)
    {
        writer.WriteStartObject();
        writer.WriteString("type", rel.Type);
        writer.WriteString("from", rel.From);
        writer.WriteString("to", rel.To);
        if (rel.Since is { } since)
        {
            writer.WriteString("since", DateFormat.Format(since));
        }

        if (rel.Until is { } until)
        {
            writer.WriteString("until", DateFormat.Format(until));
        }

        var specs = GraphModel.FindRelationship(rel.Type)?.Properties ?? [];
        WriteProperties(writer, ExportFilter.InModelOrder(rel.Properties, specs));
        writer.WriteEndObject();
    }

    internal static void WriteProperties(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, PropertyValue>> properties)
    {
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
    }

    internal static void WriteValue(Utf8JsonWriter writer, PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyKind.String:
                writer.WriteStringValue(value.AsString());
                break;
            case PropertyKind.Number:
                writer.WriteNumberValue(value.AsNumber());
                break;
            case PropertyKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean());
                break;
            case PropertyKind.StringList:
                writer.WriteStartArray();
                foreach (var item in value.AsList())
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void WriteAscii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
