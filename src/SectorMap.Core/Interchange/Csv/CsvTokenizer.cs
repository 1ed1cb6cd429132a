using System.Text;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>
/// Splits RFC 4180 text into records of cells that remember their line and column, so that an
/// error can point at the cell. The column is the cell's position in its row (1 is spreadsheet
/// column A), the same in every CSV location SectorMap prints. Comma separated; quoted cells may hold commas, quotes ("") and
/// line breaks; CRLF or LF ends a record.
/// </summary>
public static class CsvTokenizer
{
    /// <summary>Decodes UTF-8, with or without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <exception cref="CsvSyntaxException">An unclosed quote, or text right after a closing quote.</exception>
    public static IEnumerable<IReadOnlyList<CsvCell>> Records(string text)
    {
        var i = 0;
        var line = 1;
        var record = new List<CsvCell>();
        var cell = new StringBuilder();
        while (i <= text.Length)
        {
            var cellLine = line;
            var cellColumn = record.Count + 1;
            cell.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new CsvSyntaxException("a quoted cell is never closed", cellLine, cellColumn);
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                    i++;
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    throw new CsvSyntaxException("unexpected text after a closing quote (a quote inside a cell is written \"\")", line, cellColumn);
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    cell.Append(text[i++]);
                }
            }

            record.Add(new CsvCell(cell.ToString(), cellLine, cellColumn));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            // End of record: CRLF, LF, a lone CR, or the end of the text.
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
            if (!(record.Count == 1 && record[0].Value.Length == 0))
            {
                yield return record;
            }

            record = [];
            if (i >= text.Length)
            {
                yield break;
            }
        }
    }
}
