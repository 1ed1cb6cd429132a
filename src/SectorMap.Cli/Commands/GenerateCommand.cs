using System.CommandLine;
using SectorMap.Core.Generation;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Interchange.Json;

namespace SectorMap.Cli.Commands;

/// <summary><c>generate --orgs N [--seed S] --out file</c>: a synthetic sector graph for tests and benchmarks.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var organisations = new Option<int>("--orgs") { Description = "how many organisations", Required = true };
        organisations.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--orgs must be at least 1");
            }
        });
        var seed = new Option<int>("--seed") { Description = "random seed: the same seed gives the same graph (default 1)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "a .json file, or a folder for the CSV pair", Required = true };
        var command = new Command("generate", "Write a synthetic sector graph of any size") { organisations, seed, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var graph = SectorGraphGenerator.Generate(new GeneratorOptions(parse.GetValue(organisations), parse.GetValue(seed)));
            try
            {
                if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    using var stream = File.Create(path);
                    InterchangeJsonWriter.Write(stream, graph, new ExportOptions(IncludePersonal: true));
                }
                else
                {
                    CsvGraphWriter.Write(path, graph, new ExportOptions(IncludePersonal: true));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write {path}: {ex.Message}", ex);
            }

            context.Error.WriteLine($"generated {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships into {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
