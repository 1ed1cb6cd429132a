using SectorMap.Core.Validation;

namespace SectorMap.Cli.Output;

/// <summary>Prints problems to stderr, one line each, the location first (CLI.md).</summary>
internal static class IssuePrinter
{
    /// <returns>How many of the issues were errors.</returns>
    public static int Print(CliContext context, IEnumerable<ValidationIssue> issues)
    {
        var errors = 0;
        foreach (var issue in issues)
        {
            context.Error.WriteLine(issue.ToString());
            errors += issue.IsError ? 1 : 0;
        }

        return errors;
    }
}
