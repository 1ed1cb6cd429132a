using System.Text.Encodings.Web;
using System.Text.Json;
using SectorMap.Analysis.Views;
using SectorMap.Analysis.Views.Files;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Metrics.Output;

/// <summary>
/// The metrics table as CLI.md shows it: one JSON document (view, date, graph figures, a row per
/// node) or CSV with one row per node and the same column names. Numbers keep full precision.
/// </summary>
public static class MetricsTableWriter
{
    private static readonly string[] NodeColumns = ["id", "label", "name"];

    /// <summary>The JSON document; <paramref name="view"/> is the view's name (<see cref="ViewName"/>).</summary>
    public static void WriteJson(Stream output, MetricsTable table, string view, DateOnly? asOf)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("view", view);
        if (asOf is { } date)
        {
            writer.WriteString("asOf", DateFormat.Format(date));
        }

        WriteGraph(writer, table);
        if (table.Warnings.Count > 0)
        {
            writer.WriteStartArray("warnings");
            foreach (var warning in table.Warnings)
            {
                writer.WriteStringValue(warning);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("nodes");
        for (var v = 0; v < table.Nodes.Count; v++)
        {
            var node = table.Nodes[v];
            writer.WriteStartObject();
            writer.WriteString("id", node.Id);
            writer.WriteString("label", node.Label);
            writer.WriteString("name", node.Name);
            foreach (var column in table.Columns)
            {
                switch (column.ValueAt(v))
                {
                    case long number: writer.WriteNumber(column.Name, number); break;
                    case double number: writer.WriteNumber(column.Name, number); break;
                    default: writer.WriteNull(column.Name); break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteCsv(TextWriter output, MetricsTable table)
    {
        CsvRecord.Write(output, [.. NodeColumns, .. table.Columns.Select(c => c.Name)]);
        for (var v = 0; v < table.Nodes.Count; v++)
        {
            var node = table.Nodes[v];
            CsvRecord.Write(output, [node.Id, node.Label, node.Name, .. table.Columns.Select(c => ViewCsvWriter.Text(c.ValueAt(v)))]);
        }
    }

    public static string ViewName(ViewKind view) => view.ToString().ToLowerInvariant();

    private static void WriteGraph(Utf8JsonWriter writer, MetricsTable table)
    {
        var graph = table.Graph;
        writer.WriteStartObject("graph");
        writer.WriteNumber("nodes", graph.Nodes);
        writer.WriteNumber("edges", graph.Edges);
        writer.WriteNumber("components", graph.Components);
        writer.WriteNumber("density", graph.Density);
        if (graph.Modularity is { } modularity)
        {
            writer.WriteNumber("modularity", modularity);
        }

        if (graph.BetweennessSampling is { } sampling)
        {
            writer.WriteStartObject("betweenness");
            writer.WriteString("method", sampling.Method);
            writer.WriteNumber("samples", sampling.Samples);
            writer.WriteNumber("errorBound", sampling.ErrorBound);
            writer.WriteNumber("confidence", sampling.Confidence);
            writer.WriteEndObject();
        }
        else if (table.Column(MetricNames.Betweenness) is not null)
        {
            writer.WriteString("betweenness", "exact");
        }

        writer.WriteEndObject();
    }
}
