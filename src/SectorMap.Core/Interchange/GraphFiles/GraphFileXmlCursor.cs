using System.Text;
using System.Xml;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Walks the elements of a GraphML or GEXF file with an <see cref="XmlReader"/>, and says where it is.
/// Loops rather than callbacks and positions rather than location strings until an error needs one:
/// a large file has hundreds of thousands of elements.
/// </summary>
internal sealed class GraphFileXmlCursor(XmlReader reader, string fileName)
{
    private readonly StringBuilder _text = new();
    private readonly IXmlLineInfo _lines = (IXmlLineInfo)reader;

    public XmlReader Reader => reader;

    /// <summary>The namespace of the root element; elements in any other namespace (viz:, y:) are extensions to skip.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The current element's local name when it is in the file's own namespace, else null.</summary>
    public string? OwnName => reader.NamespaceURI == Namespace ? reader.LocalName : null;

    /// <summary>Where the current element starts: its line and the column of its '&lt;'.</summary>
    public (int Line, int Column) Position => (_lines.LineNumber, _lines.LinePosition - (reader.NodeType == XmlNodeType.Element ? 1 : 0));

    public string Location() => LocationOf(Position);

    public string LocationOf((int Line, int Column) position) => $"{fileName}:{Math.Max(position.Line, 1)}:{Math.Max(position.Column, 1)}";

    public GraphFileException Error(string reason) => new(Location(), reason);

    public string? Attribute(string name) => reader.GetAttribute(name);

    public string RequiredAttribute(string name) =>
        reader.GetAttribute(name) ?? throw Error($"<{reader.LocalName}> has no {name} attribute");

    /// <summary>
    /// Steps into the current element. Then <c>while (xml.NextChild(depth))</c> visits each child element;
    /// the loop body reads the child to its end (or calls <see cref="Skip"/>).
    /// </summary>
    /// <returns>The depth to pass to <see cref="NextChild"/>.</returns>
    public int Enter()
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return -1;
        }

        var depth = reader.Depth;
        reader.Read();
        return depth;
    }

    /// <summary>Moves to the next child element, past text between elements.</summary>
    /// <returns>False, with the reader after the parent's end, when there are no more.</returns>
    public bool NextChild(int depth)
    {
        if (depth < 0)
        {
            return false;
        }

        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return false;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }

            reader.Read();
        }

        return false;
    }

    public void Skip() => reader.Skip();

    /// <summary>The current element's text, white space included; null when it holds elements (a yEd
    /// graphics block), which carry no value for us. Leaves the reader after the element.</summary>
    public string? ReadText()
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var structured = false;
        string? single = null;
        _text.Clear();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    structured = true;
                    reader.Skip();
                    continue;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (single is null && _text.Length == 0)
                    {
                        single = reader.Value;
                    }
                    else
                    {
                        _text.Append(single).Append(reader.Value);
                        single = null;
                    }

                    break;
            }

            reader.Read();
        }

        reader.Read();
        return structured ? null : single ?? _text.ToString();
    }
}
