using System.CommandLine;
using SectorMap.Cli.Output;
using SectorMap.Core.Import;
using SectorMap.Core.Interchange;

namespace SectorMap.Cli.Commands;

/// <summary><c>import &lt;path&gt;…</c>: validates against the model and the store, then writes all-or-nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathsArgument.Create();
        var format = FormatOption.Create("auto", "auto", "json", "csv", "graphml", "gexf");
        var dryRun = new Option<bool>("--dry-run") { Description = "check and count, write nothing" };
        var command = new Command("import", "Validate files, then write them to the store all-or-nothing") { paths, format, dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken);
            using var progress = new Progress(context);
            progress.Report("reading…");
            var batch = GraphFileReader.Read(parse.GetValue(paths)!, FormatOption.Parse(parse.GetValue(format)!));
            progress.Report($"validating and writing {batch.Nodes.Count:N0} nodes and {batch.Relationships.Count:N0} relationships…");
            var result = await new GraphImporter(store.Store).ImportAsync(batch, parse.GetValue(dryRun), cancellationToken);
            progress.Dispose();
            if (IssuePrinter.Print(context, result.Report.Issues) > 0)
            {
                context.Error.WriteLine("import: nothing was written");
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine(Describe(result));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Describe(ImportResult result)
    {
        if (result.Applied is not { } applied)
        {
            return $"dry run: {result.Nodes} nodes ({result.Nodes - result.NodesAlreadyStored} new, {result.NodesAlreadyStored} already stored) " +
                   $"and {result.Relationships} relationships are valid; nothing was written";
        }

        return $"nodes: {applied.NodesCreated} created, {applied.NodesUpdated} updated, {applied.NodesUnchanged} unchanged; " +
               $"relationships: {applied.RelationshipsCreated} created, {applied.RelationshipsUpdated} updated, {applied.RelationshipsUnchanged} unchanged";
    }
}
