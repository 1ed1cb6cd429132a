using System.CommandLine;
using SectorMap.Core.Schema.Files;

namespace SectorMap.Cli.Commands;

/// <summary>
/// <c>schema [--out folder]</c>: writes graph-schema/ from the C# model. For people who change the
/// model: a test fails until the committed files are regenerated.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "the folder to write (default graph-schema)", DefaultValueFactory = _ => "graph-schema" };
        var command = new Command("schema", "Write the JSON Schema, Cypher constraints and model reference (graph-schema/)") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            GraphSchemaFiles.WriteAll(folder);
            context.Error.WriteLine($"wrote {string.Join(", ", GraphSchemaFiles.Generate().Keys)} to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }
}
