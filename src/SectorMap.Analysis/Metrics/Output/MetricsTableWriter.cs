using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SectorMap.Analysis.Views;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Model;

namespace SectorMap.Analysis.Metrics.Output;

/// <summary>
/// The metrics table as CLI.md shows it: one JSON document (view, date, graph figures, a row per
/// node) or CSV with one row per node and the same column names. Numbers keep full precision.
/// </summary>
public static class MetricsTableWriter
{
    private static readonly string[] Columns =
    [
        "id", "label", "name", "degree", "strength", "degreeCentrality", "betweenness", "closeness",
        "eigenvector", "pagerank", "clustering", "coreNumber", "component", "community",
    ];

    public static void WriteJson(Stream output, MetricsTable table, ViewKind view, DateOnly? asOf)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("view", ViewName(view));
        if (asOf is { } date)
        {
            writer.WriteString("asOf", DateFormat.Format(date));
        }

        writer.WriteStartObject("graph");
        writer.WriteNumber("nodes", table.Graph.Nodes);
        writer.WriteNumber("edges", table.Graph.Edges);
        writer.WriteNumber("components", table.Graph.Components);
        writer.WriteNumber("density", table.Graph.Density);
        writer.WriteNumber("modularity", table.Graph.Modularity);
        writer.WriteString("betweenness", "exact");
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var row in table.Nodes)
        {
            writer.WriteStartObject();
            var cells = Cells(row);
            for (var i = 0; i < Columns.Length; i++)
            {
                switch (cells[i])
                {
                    case string text: writer.WriteString(Columns[i], text); break;
                    case int number: writer.WriteNumber(Columns[i], number); break;
                    case double number: writer.WriteNumber(Columns[i], number); break;
                    default: writer.WriteNull(Columns[i]); break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteCsv(TextWriter output, MetricsTable table)
    {
        CsvRecord.Write(output, Columns);
        foreach (var row in table.Nodes)
        {
            CsvRecord.Write(output, Cells(row).Select(cell => cell switch
            {
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                int number => number.ToString(CultureInfo.InvariantCulture),
                string text => text,
                _ => string.Empty,
            }));
        }
    }

    public static string ViewName(ViewKind view) => view.ToString().ToLowerInvariant();

    private static object?[] Cells(NodeMetrics row) =>
    [
        row.Id, row.Label, row.Name, row.Degree, row.Strength, row.DegreeCentrality, row.Betweenness, row.Closeness,
        row.Eigenvector, row.PageRank, row.Clustering, row.CoreNumber, row.Component, row.Community,
    ];
}
