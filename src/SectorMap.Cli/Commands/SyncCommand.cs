using System.CommandLine;
using SectorMap.Cli.Output;
using SectorMap.Core.Import;
using SectorMap.Core.Validation;

namespace SectorMap.Cli.Commands;

/// <summary>
/// <c>sync --from &lt;store&gt; --to &lt;store&gt;</c>: copies a whole graph between stores — SQLite to
/// Neo4j to go to production, Neo4j to SQLite to take a copy away. The copy goes through the
/// ordinary import, so the target validates it and writes it all-or-nothing.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "the store to copy from (sqlite:<path> or neo4j:http://host:7474)", Required = true };
        var to = new Option<string>("--to") { Description = "the store to copy into", Required = true };
        var command = new Command("sync", "Copy a whole graph from one store to another") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = GlobalOptions.ResolveStore(parse, context, parse.GetValue(from));
            var target = GlobalOptions.ResolveStore(parse, context, parse.GetValue(to));
            await using var sourceStore = GlobalOptions.OpenStore(source, context);
            await using var targetStore = GlobalOptions.OpenStore(target, context);
            var snapshot = await sourceStore.GetSnapshotAsync(null, cancellationToken);
            var result = await new GraphImporter(targetStore).ImportAsync(SnapshotSource.ToBatch(snapshot, source.ToString()), dryRun: false, cancellationToken);
            if (IssuePrinter.Print(context, result.Report.Issues) > 0)
            {
                context.Error.WriteLine("sync: nothing was written");
                return ExitCodes.InvalidInput;
            }

            var counts = await targetStore.CountAsync(cancellationToken);
            if (counts.Nodes > snapshot.Nodes.Count)
            {
                context.Error.WriteLine($"sync: {target} also holds {counts.Nodes - snapshot.Nodes.Count} nodes that {source} does not; they were kept");
            }

            context.Out.WriteLine($"{source} -> {target}: {ImportCommand.Describe(result)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
