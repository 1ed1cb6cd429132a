using System.CommandLine;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Metrics.Output;
using SectorMap.Cli.Output;

namespace SectorMap.Cli.Commands;

/// <summary><c>metrics [--input file] [--view V] [--as-of D] [--metrics …] [--format json|csv] [--out file]</c>: metrics for every node of a view.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliContext context)
    {
        var views = new ViewArguments(withInput: true);
        var metrics = new MetricsArguments("all");
        var format = FormatOption.Create("json", "json", "csv");
        var output = new Option<string?>("--out") { Description = "a file (default: stdout)" };
        var command = new Command("metrics", "Network metrics for every node of a view (NetworkX's definitions)") { format, output };
        foreach (var option in views.All.Concat(metrics.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = metrics.Parse(parse) ?? throw new UsageException("--metrics none leaves nothing to compute; name the metrics, or all");
            var (view, asOf) = await views.LoadAsync(parse, context, cancellationToken);
            var table = NetworkMetrics.Compute(view, options);
            foreach (var warning in table.Warnings)
            {
                context.Error.WriteLine($"metrics: warning: {warning}");
            }

            await OutputFile.WriteAsync(context, parse.GetValue(output), stream =>
            {
                if (parse.GetValue(format) == "csv")
                {
                    using var text = new StreamWriter(stream, leaveOpen: true);
                    MetricsTableWriter.WriteCsv(text, table);
                }
                else
                {
                    MetricsTableWriter.WriteJson(stream, table, MetricsTableWriter.ViewName(view.Kind), asOf);
                    stream.WriteByte((byte)'\n');
                }
            }, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
