using System.CommandLine;
using SectorMap.Cli.Output;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;

namespace SectorMap.Cli.Commands;

/// <summary>
/// <c>export &lt;file&gt;</c>: the whole graph, or as of a date, as JSON, GraphML or GEXF (a file, or - for
/// stdout) or the CSV pair (a folder).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("file") { Description = "a .json, .graphml or .gexf file, - for stdout, or a folder for the CSV pair" };
        var format = new Option<string?>("--format") { Description = "json, csv, graphml or gexf (default: from the file's extension; json for -, csv for a folder)" };
        format.AcceptOnlyFromAmong("json", "csv", "graphml", "gexf");
        var asOf = AsOfOption.Create();
        var includePersonal = new Option<bool>("--include-personal") { Description = "include delegates' email and phone (personal data)" };
        var command = new Command("export", "Write the graph to a file") { target, format, asOf, includePersonal };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(target)!;
            var date = AsOfOption.Parse(parse.GetValue(asOf));
            var chosen = parse.GetValue(format) ?? FormatOf(path);
            if (chosen == "csv" && path == "-")
            {
                throw new UsageException("a CSV export is a folder of two files and cannot go to stdout; give a folder");
            }

            await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken);
            var graph = await store.Store.GetSnapshotAsync(date, cancellationToken);
            var options = new ExportOptions(parse.GetValue(includePersonal));
            if (chosen == "csv")
            {
                WriteCsvAtomically(path, graph, options);
            }
            else
            {
                await OutputFile.WriteAsync(context, path, Writer(chosen, graph, options), cancellationToken);
                if (path == "-")
                {
                    return ExitCodes.Success;
                }
            }

            context.Error.WriteLine($"exported {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string FormatOf(string path) => path == "-" ? "json" : Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => "json",
        ".GRAPHML" => "graphml",
        ".GEXF" => "gexf",
        _ => "csv",
    };

    /// <summary>Writes the graph in a one-file format: JSON, or a directed GraphML or GEXF graph (SCHEMA.md, Other formats).</summary>
    private static Action<Stream> Writer(string format, GraphSnapshot graph, ExportOptions options) => format switch
    {
        "graphml" => stream => GraphMlWriter.Write(stream, GraphFileExport.FromSnapshot(graph, options)),
        "gexf" => stream => GexfWriter.Write(stream, GraphFileExport.FromSnapshot(graph, options)),
        _ => stream => InterchangeJsonWriter.Write(stream, graph, options),
    };

    /// <summary>The CSV pair is written into a folder beside the target and moved into place, so a failure never leaves half a pair.</summary>
    private static void WriteCsvAtomically(string folder, GraphSnapshot graph, ExportOptions options)
    {
        var temporary = folder.TrimEnd('/', '\\') + ".partial";
        try
        {
            CsvGraphWriter.Write(temporary, graph, options);
            Directory.CreateDirectory(folder);
            foreach (var name in new[] { CsvGraphWriter.NodesFile, CsvGraphWriter.RelationshipsFile })
            {
                File.Move(Path.Combine(temporary, name), Path.Combine(folder, name), overwrite: true);
            }

            Directory.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            throw new UsageException($"cannot write {folder}: {ex.Message}", ex);
        }
    }
}
