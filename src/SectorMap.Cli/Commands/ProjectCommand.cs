using System.CommandLine;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Views.Files;
using SectorMap.Cli.Output;
using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Cli.Commands;

/// <summary>
/// <c>project --view V [--format graphml|gexf|json|csv] --out file</c>: a view as a graph file for
/// Gephi, Cytoscape, NetworkX or igraph, with the metrics when asked (<c>--metrics all</c>).
/// </summary>
internal static class ProjectCommand
{
    private static readonly string[] Formats = ["graphml", "gexf", "json", "csv"];

    public static Command Create(CliContext context)
    {
        var views = new ViewArguments(withInput: false);
        var metrics = new MetricsArguments("none");
        var format = new Option<string?>("--format") { Description = "graphml, gexf, json or csv (default: from the file's extension, else graphml)" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string>("--out") { Description = "the file to write (- for stdout)", Required = true };
        var includePersonal = new Option<bool>("--include-personal") { Description = "include delegates' email and phone (personal data)" };
        var command = new Command("project", "Write a view as a graph file (GraphML, GEXF, JSON or CSV)") { format, output, includePersonal };
        foreach (var option in views.All.Concat(metrics.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;
            var chosen = parse.GetValue(format) ?? FormatOf(path);
            var options = metrics.Parse(parse);
            var (view, asOf) = await views.LoadAsync(parse, context, cancellationToken);
            var table = options is null ? null : NetworkMetrics.Compute(view, options);
            foreach (var warning in table?.Warnings ?? [])
            {
                context.Error.WriteLine($"project: warning: {warning}");
            }

            var file = ViewFile.Of(view, table, parse.GetValue(includePersonal), asOf);
            await OutputFile.WriteAsync(context, path, stream => Write(stream, file, chosen), cancellationToken);
            if (path != "-")
            {
                context.Error.WriteLine($"wrote the {view.Kind.ToString().ToLowerInvariant()} view ({view.Nodes.Count} nodes, {view.Graph.EdgeCount} edges) to {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string FormatOf(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return Formats.Contains(extension) ? extension : "graphml";
    }

    private static void Write(Stream stream, ViewFile file, string format)
    {
        switch (format)
        {
            case "json":
                ViewJsonWriter.Write(stream, file);
                stream.WriteByte((byte)'\n');
                break;
            case "csv":
                using (var text = new StreamWriter(stream, leaveOpen: true))
                {
                    ViewCsvWriter.Write(text, file);
                }

                break;
            case "gexf":
                GexfWriter.Write(stream, ViewDocument.From(file));
                break;
            default:
                GraphMlWriter.Write(stream, ViewDocument.From(file));
                break;
        }
    }
}
