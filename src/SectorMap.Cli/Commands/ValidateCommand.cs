using System.CommandLine;
using SectorMap.Cli.Output;
using SectorMap.Core.Interchange;
using SectorMap.Core.Validation;

namespace SectorMap.Cli.Commands;

/// <summary><c>validate &lt;path&gt;…</c>: checks files on their own, touching no store.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathsArgument.Create();
        var format = FormatOption.Create("auto", "auto", "json", "csv", "graphml", "gexf");
        var command = new Command("validate", "Check files against the graph model; print every problem with its location") { paths, format };
        command.SetAction(parse =>
        {
            var batch = GraphFileReader.Read(parse.GetValue(paths)!, FormatOption.Parse(parse.GetValue(format)!));
            var report = BatchValidator.Validate(batch);
            if (IssuePrinter.Print(context, report.Issues) > 0)
            {
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine($"valid: {report.Batch!.Nodes.Count} nodes, {report.Batch.Relationships.Count} relationships");
            return ExitCodes.Success;
        });
        return command;
    }
}
