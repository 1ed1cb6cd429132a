namespace SectorMap.Core.Interchange.Csv;

/// <summary>A CSV file that breaks RFC 4180 where it cannot be read on (an unclosed quote).</summary>
public sealed class CsvSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
