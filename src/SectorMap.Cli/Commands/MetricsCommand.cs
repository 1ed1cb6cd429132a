using System.CommandLine;
using SectorMap.Analysis.Metrics;
using SectorMap.Analysis.Metrics.Output;
using SectorMap.Analysis.Views;

namespace SectorMap.Cli.Commands;

/// <summary><c>metrics [--view V] [--as-of D] [--format json|csv] [--out file]</c>: every metric for every node of a view.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliContext context)
    {
        var view = new Option<string>("--view") { Description = "full, representation, affiliation, organisations, bodies, delegates or funding (default representation)", DefaultValueFactory = _ => "representation" };
        view.AcceptOnlyFromAmong("full", "representation", "affiliation", "organisations", "bodies", "delegates", "funding");
        var asOf = AsOfOption.Create();
        var format = new Option<string>("--format") { Description = "json or csv (default json)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--out") { Description = "a file (default: stdout)" };
        var command = new Command("metrics", "Network metrics for every node of a view (NetworkX's definitions)") { view, asOf, format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = Enum.Parse<ViewKind>(parse.GetValue(view)!, ignoreCase: true);
            var date = AsOfOption.Parse(parse.GetValue(asOf)) ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
            await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken);
            var snapshot = await store.Store.GetSnapshotAsync(date, cancellationToken);
            var table = NetworkMetrics.Compute(GraphViewBuilder.Build(snapshot, kind));
            if (table.EigenvectorProblem is { } problem)
            {
                context.Error.WriteLine($"metrics: warning: {problem}; the eigenvector column is empty");
            }

            using var buffer = new MemoryStream();
            if (parse.GetValue(format) == "csv")
            {
                using var text = new StreamWriter(buffer, leaveOpen: true);
                MetricsTableWriter.WriteCsv(text, table);
            }
            else
            {
                MetricsTableWriter.WriteJson(buffer, table, kind, date);
                buffer.WriteByte((byte)'\n');
            }

            var path = parse.GetValue(output);
            if (path is null)
            {
                await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                try
                {
                    await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"cannot write {path}: {ex.Message}", ex);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
