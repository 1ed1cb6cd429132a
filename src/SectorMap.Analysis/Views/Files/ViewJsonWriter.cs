using System.Text.Encodings.Web;
using System.Text.Json;
using SectorMap.Analysis.Metrics.Output;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Views.Files;

/// <summary>
/// A view as JSON: <c>nodes</c> (id and attributes) and <c>edges</c> (<c>source</c>, <c>target</c>,
/// <c>weight</c>). With <c>directed</c>, <c>multigraph</c> and <c>graph</c> beside them it is also
/// NetworkX's node-link form: <c>nx.node_link_graph(data, link="edges")</c> reads it as it is.
/// </summary>
public static class ViewJsonWriter
{
    public static void Write(Stream output, ViewFile file)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteBoolean("directed", false);
        writer.WriteBoolean("multigraph", false);
        writer.WriteStartObject("graph");
        writer.WriteString("view", MetricsTableWriter.ViewName(file.View.Kind));
        if (file.AsOf is { } date)
        {
            writer.WriteString("asOf", DateFormat.Format(date));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        for (var v = 0; v < file.View.Nodes.Count; v++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", file.View.Nodes[v].Id);
            for (var a = 0; a < file.Fields.Count; a++)
            {
                WriteValue(writer, file.Fields[a].Name, file.Values[v][a]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var (source, target, weight) in file.Edges())
        {
            writer.WriteStartObject();
            writer.WriteString("source", file.View.Nodes[source].Id);
            writer.WriteString("target", file.View.Nodes[target].Id);
            writer.WriteNumber("weight", weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null: break;
            case string text: writer.WriteString(name, text); break;
            case long number: writer.WriteNumber(name, number); break;
            case double number: writer.WriteNumber(name, number); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case IReadOnlyList<string> list:
                writer.WriteStartArray(name);
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default: throw new ArgumentException($"unexpected attribute value {value.GetType().Name}", nameof(value));
        }
    }
}
