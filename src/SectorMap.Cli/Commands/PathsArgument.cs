using System.CommandLine;

namespace SectorMap.Cli.Commands;

/// <summary>
/// The files a command reads. System.CommandLine hands an unknown "--option" to an argument that
/// can take it; a path is never written that way, so say it is an unknown option.
/// </summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create()
    {
        var paths = new Argument<string[]>("path") { Description = "files, or folders holding nodes.csv and relationships.csv", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"unknown option {token.Value}");
            }
        });
        return paths;
    }
}
