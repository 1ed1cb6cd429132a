using System.CommandLine;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;

namespace SectorMap.Cli.Commands;

/// <summary><c>export &lt;file&gt;</c>: the whole graph, or as of a date, as JSON (a file, or - for stdout) or the CSV pair (a folder).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("file") { Description = "a .json file, - for stdout, or a folder for the CSV pair" };
        var format = new Option<string?>("--format") { Description = "json or csv (default: json for .json and -, csv otherwise)" };
        format.AcceptOnlyFromAmong("json", "csv");
        var asOf = AsOfOption.Create();
        var includePersonal = new Option<bool>("--include-personal") { Description = "include delegates' email and phone (personal data)" };
        var command = new Command("export", "Write the graph to a file") { target, format, asOf, includePersonal };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(target)!;
            var date = AsOfOption.Parse(parse.GetValue(asOf));
            var csv = (parse.GetValue(format) ?? (path == "-" || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv")) == "csv";
            if (csv && path == "-")
            {
                throw new UsageException("a CSV export is a folder of two files and cannot go to stdout; give a folder");
            }

            await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken);
            var graph = await store.Store.GetSnapshotAsync(date, cancellationToken);
            var options = new ExportOptions(parse.GetValue(includePersonal));
            if (path == "-")
            {
                await using var stdout = new MemoryStream();
                InterchangeJsonWriter.Write(stdout, graph, options);
                await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return ExitCodes.Success;
            }

            if (csv)
            {
                WriteCsvAtomically(path, graph, options);
            }
            else
            {
                WriteJsonAtomically(path, graph, options);
            }

            context.Error.WriteLine($"exported {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Written beside the target and moved into place, so a failure never leaves half a file.</summary>
    private static void WriteJsonAtomically(string path, GraphSnapshot graph, ExportOptions options)
    {
        var temporary = path + ".partial";
        try
        {
            using (var stream = File.Create(temporary))
            {
                InterchangeJsonWriter.Write(stream, graph, options);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new UsageException($"cannot write {path}: {ex.Message}", ex);
        }
    }

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
