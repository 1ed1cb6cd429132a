using System.CommandLine;
using SectorMap.Core.Model;

namespace SectorMap.Cli.Commands;

/// <summary>--as-of YYYY-MM-DD: the graph as it was that day.</summary>
internal static class AsOfOption
{
    public static Option<string?> Create() => new("--as-of") { Description = "the graph as it was on this date (YYYY-MM-DD)" };

    public static DateOnly? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateFormat.TryParse(text, out var date) ? date : throw new UsageException($"--as-of \"{text}\" is not a date (YYYY-MM-DD)");
    }
}
