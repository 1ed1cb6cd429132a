using System.CommandLine;
using SectorMap.Cli.Commands;
using SectorMap.Core.Storage;

namespace SectorMap.Cli;

/// <summary>
/// The <c>sectormap</c> command line: builds the commands, runs one, and turns every failure into
/// one line on stderr and an exit code (CLI.md). Commands only parse, call Core and Storage, and print.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SectorMap: who represents the third sector where, who funds whom, whose voice dominates.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"sectormap: {error.Message}");
            }

            context.Error.WriteLine("sectormap: see 'sectormap --help'");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"sectormap: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (InvalidInputException ex)
        {
            foreach (var line in ex.Lines)
            {
                context.Error.WriteLine(line);
            }

            return ExitCodes.InvalidInput;
        }
        catch (StoreUnavailableException ex)
        {
            context.Error.WriteLine($"store: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("sectormap: cancelled; nothing was written");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (context.Environment("SECTORMAP_DEBUG") is null)
        {
            // A bug, not a user's mistake: one line, with the way to see more.
            context.Error.WriteLine($"sectormap: internal error: {ex.GetType().Name}: {ex.Message} (set SECTORMAP_DEBUG=1 for the stack trace)");
            return ExitCodes.InternalError;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        ValidateCommand.Create(context),
        ImportCommand.Create(context),
        ExportCommand.Create(context),
        SeedCommand.Create(context),
        GenerateCommand.Create(context),
        MetricsCommand.Create(context),
        ProjectCommand.Create(context),
        SyncCommand.Create(context),
        SchemaCommand.Create(context),
    ];
}
