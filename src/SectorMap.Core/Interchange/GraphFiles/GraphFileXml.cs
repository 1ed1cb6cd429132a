using System.Text;
using System.Xml;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>The XML settings and habits GraphML and GEXF share: safe reading, deterministic writing, located errors.</summary>
internal static class GraphFileXml
{
    /// <summary>
    /// A forward-only reader that never resolves anything outside the file: a DTD is refused outright
    /// (it is how billion-laughs expansion and external entities such as file:///etc/passwd get in), no
    /// resolver is given, and the document's size is bounded. Neither format needs a DTD; Gephi,
    /// NetworkX and igraph write none.
    /// </summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // With DTDs refused only the five predefined entities remain; the bound is belt and braces.
        MaxCharactersFromEntities = 1024,
        // A national graph is well under 1 GB of GraphML; a "file" larger than 4 G characters is refused
        // with a located error instead of being read until memory runs out.
        MaxCharactersInDocument = 4L * 1024 * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Line breaks inside values are written as character references where a reader would otherwise
        // normalise them (CR anywhere, LF and tab in attributes), so every value reads back as written.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static XmlReader CreateReader(Stream input) => XmlReader.Create(input, ReaderSettings);

    public static XmlWriter CreateWriter(Stream output) => XmlWriter.Create(output, WriterSettings);

    /// <summary>
    /// Text that XML 1.0 can hold. Control characters other than tab, line feed and carriage return,
    /// unpaired surrogates and U+FFFE/U+FFFF cannot appear in an XML 1.0 document even as character
    /// references, so each is replaced with U+FFFD (the replacement character): the file stays valid for
    /// every reader and the reader sees that something was there, rather than text silently run together.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var bad = firstBad; bad >= 0; bad = FirstInvalid(text, start))
        {
            builder.Append(text, start, bad - start).Append('\uFFFD');
            start = bad + 1;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    private static int FirstInvalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One located error for XML that is not well formed, or that holds a DTD.</summary>
    /// <param name="ex">What the XML reader said.</param>
    /// <param name="fileName">The file, for the location.</param>
    /// <param name="input">The stream read.</param>
    /// <param name="start">Where the document starts in a seekable <paramref name="input"/>, to find a DOCTYPE in.</param>
    public static GraphFileException Located(XmlException ex, string fileName, Stream input, long? start)
    {
        // XmlReader refuses a DTD before reporting any position, so the DOCTYPE is found by looking.
        if (ex.LineNumber == 0 && ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            var (line, column) = start is { } s ? FindDoctype(input, s) : (1, 1);
            return new GraphFileException($"{fileName}:{line}:{column}",
                "DTDs are not allowed: a <!DOCTYPE> can expand entities or read other files, and GraphML and GEXF need none");
        }

        var message = ex.Message;
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return new GraphFileException($"{fileName}:{Math.Max(ex.LineNumber, 1)}:{Math.Max(ex.LinePosition, 1)}",
            $"not well-formed XML: {message.TrimEnd('.')}");
    }

    private static (int Line, int Column) FindDoctype(Stream input, long start)
    {
        try
        {
            input.Position = start;
            var marker = "<!DOCTYPE"u8;
            var line = 1;
            var column = 1;
            var matched = 0;
            int b;
            while ((b = input.ReadByte()) >= 0)
            {
                matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
                if (matched == marker.Length)
                {
                    return (line, column - marker.Length + 1);
                }

                if (b == '\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // Count characters, not the continuation bytes of UTF-8.
                    column++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            // Not worth a second error: the location falls back to the start of the file.
        }

        return (1, 1);
    }

    /// <summary>
    /// Runs a parser over a safe reader of <paramref name="input"/>, turning the XML reader's own
    /// errors (malformed XML, a DTD) into one located <see cref="GraphFileException"/>.
    /// </summary>
    public static GraphFileDocument Parse(Stream input, string fileName, Func<GraphFileXmlCursor, GraphFileDocument> parse)
    {
        var start = input.CanSeek ? input.Position : (long?)null;
        using var reader = CreateReader(input);
        try
        {
            return parse(new GraphFileXmlCursor(reader, fileName));
        }
        catch (XmlException ex)
        {
            throw Located(ex, fileName, input, start);
        }
    }

    /// <summary>The type name GraphML's <c>attr.type</c> and GEXF's <c>type</c> share; a list is a string holding JSON.</summary>
    public static string TypeName(GraphFileValueType type) => type switch
    {
        GraphFileValueType.Long => "long",
        GraphFileValueType.Double => "double",
        GraphFileValueType.Boolean => "boolean",
        _ => "string",
    };
}
