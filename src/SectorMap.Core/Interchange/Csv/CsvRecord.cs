namespace SectorMap.Core.Interchange.Csv;

/// <summary>Writes one RFC 4180 record: cells quoted only when they hold a comma, a quote or a line break; CRLF at the end.</summary>
public static class CsvRecord
{
    public static void Write(TextWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write("\r\n");
    }
}
