using System.CommandLine;
using SectorMap.Cli.Output;
using SectorMap.Core.Seeds;

namespace SectorMap.Cli.Commands;

/// <summary><c>seed [&lt;name&gt;]</c>: loads a bundled sample dataset, or all of them.</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name") { Description = "a bundled dataset (default: all of them)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("seed", "Load bundled sample data into the store") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var catalog = SeedCatalog.Find() ?? throw new UsageException("no bundled datasets were found beside the program or above this folder");
            var chosen = parse.GetValue(name);
            if (chosen is not null && !catalog.Names.Contains(chosen))
            {
                throw new UsageException($"no bundled dataset \"{chosen}\"; there are: {string.Join(", ", catalog.Names)}");
            }

            IReadOnlyList<string> names = chosen is null ? catalog.Names : [chosen];
            await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken, seedOnFirstRun: false);
            var result = await SeedLoader.LoadAsync(store.Store, catalog, names, cancellationToken);
            if (IssuePrinter.Print(context, result.Report.Issues) > 0)
            {
                context.Error.WriteLine("seed: nothing was written");
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine($"{string.Join(", ", names)}: {ImportCommand.Describe(result)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
