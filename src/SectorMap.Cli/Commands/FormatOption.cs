using System.CommandLine;
using SectorMap.Core.Interchange;

namespace SectorMap.Cli.Commands;

/// <summary>The --format option of the file commands, limited to the formats the command knows.</summary>
internal static class FormatOption
{
    public static Option<string> Create(string defaultValue, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"{string.Join(", ", formats)} (default {defaultValue})",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static GraphFormat Parse(string text) => text switch
    {
        "json" => GraphFormat.Json,
        "csv" => GraphFormat.Csv,
        "graphml" => GraphFormat.GraphMl,
        "gexf" => GraphFormat.Gexf,
        _ => GraphFormat.Auto,
    };
}
