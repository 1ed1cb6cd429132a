namespace SectorMap.Core.Interchange.Csv;

/// <summary>One cell of a CSV file: its text, the line it starts on and its position in the row (both 1-based).</summary>
public readonly record struct CsvCell(string Value, int Line, int Column);
