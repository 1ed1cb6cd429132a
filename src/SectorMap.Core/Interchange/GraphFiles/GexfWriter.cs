using System.Xml;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Writes a document as GEXF 1.2 (http://www.gexf.net/1.2draft), Gephi's own format, which NetworkX
/// (<c>read_gexf</c>) and igraph read too. UTF-8 without a byte order mark, byte for byte the same for
/// the same document.
/// </summary>
/// <remarks>
/// <para>
/// A node's <c>label</c> attribute is written as the <c>label</c> XML attribute of <c>&lt;node&gt;</c>
/// and not also as an <c>&lt;attvalue&gt;</c>. NetworkX's <c>read_gexf</c> always stores the XML label
/// as the node attribute "label", overwriting any attvalue of that name (networkx 2.8
/// <c>GEXFReader.add_node</c>: <c>data["label"] = node_xml.get("label")</c>), and its <c>write_gexf</c>
/// writes the "label" attribute there. Putting the node's name in the XML label, as Gephi users might
/// expect, would therefore hand NetworkX users "label": name and lose SectorMap's label (Organisation,
/// Delegate…) under the same name; with this choice <c>read_gexf</c> and <c>read_graphml</c> give back
/// the same attributes, label and name included. In Gephi the nodes open labelled by kind, which is
/// also what its partition colouring wants; to show names, choose the "name" column as the label
/// attribute (Overview, label settings) or copy it to Label in the Data Laboratory.
/// </para>
/// <para>
/// An edge's numeric <c>weight</c> is the <c>weight</c> XML attribute of <c>&lt;edge&gt;</c> (what
/// Gephi and NetworkX read as the weight) and an edge's <c>label</c> its XML label, both again as
/// NetworkX does. Every other attribute, the edge's <c>type</c> included, is an attvalue: the
/// <c>type</c> XML attribute of a GEXF edge means directed or undirected.
/// </para>
/// </remarks>
public static class GexfWriter
{
    public const string Namespace = "http://www.gexf.net/1.2draft";

    public static void Write(Stream output, GraphFileDocument document)
    {
        var nodeKeys = new GraphFileKeyPlan(document.NodeKeys, document.Nodes.Select(n => n.Attributes), k => !IsXmlLabel(k));
        var edgeKeys = new GraphFileKeyPlan(document.EdgeKeys, document.Edges.Select(e => e.Attributes), k => !IsXmlLabel(k) && !IsXmlWeight(k));
        using var xml = GraphFileXml.CreateWriter(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", $"{Namespace} {Namespace}/gexf.xsd");
        if (nodeKeys.Keys.Concat(edgeKeys.Keys).Any(k => k.Type == GraphFileValueType.StringList))
        {
            xml.WriteAttributeString("xmlns", "sm", null, GraphFileKey.SectorMapNamespace);
        }

        xml.WriteAttributeString("version", "1.2");
        // No lastmodifieddate, unlike NetworkX and Gephi: the same graph writes the same bytes.
        xml.WriteStartElement("meta");
        xml.WriteElementString("creator", "SectorMap");
        xml.WriteEndElement();

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("defaultedgetype", document.Directed ? "directed" : "undirected");
        xml.WriteAttributeString("mode", "static");
        WriteAttributes(xml, "node", 0, nodeKeys.Keys);
        WriteAttributes(xml, "edge", nodeKeys.Keys.Count, edgeKeys.Keys);

        xml.WriteStartElement("nodes");
        foreach (var node in document.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", GraphFileXml.Clean(node.Id));
            if (node.Attributes.TryGetValue("label", out var label) && label is string text)
            {
                xml.WriteAttributeString("label", GraphFileXml.Clean(text));
            }

            WriteValues(xml, 0, nodeKeys, node.Attributes);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        foreach (var (edge, id) in document.Edges.Zip(EdgeIds(document.Edges)))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", GraphFileXml.Clean(id));
            xml.WriteAttributeString("source", GraphFileXml.Clean(edge.Source));
            xml.WriteAttributeString("target", GraphFileXml.Clean(edge.Target));
            if (edge.Attributes.TryGetValue("label", out var label) && label is string text)
            {
                xml.WriteAttributeString("label", GraphFileXml.Clean(text));
            }

            if (edge.Attributes.TryGetValue("weight", out var weight) && weight is long or double && GraphFileValues.Format(weight) is { } number)
            {
                xml.WriteAttributeString("weight", number);
            }

            WriteValues(xml, nodeKeys.Keys.Count, edgeKeys, edge.Attributes);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>A text label is the <c>label</c> XML attribute of a node or edge, not an attvalue.</summary>
    private static bool IsXmlLabel(GraphFileKey key) => key is { Name: "label", Type: GraphFileValueType.String };

    /// <summary>A numeric weight is the <c>weight</c> XML attribute of an edge.</summary>
    private static bool IsXmlWeight(GraphFileKey key) => key is { Name: "weight", Type: GraphFileValueType.Long or GraphFileValueType.Double };

    private static void WriteAttributes(XmlWriter xml, string domain, int firstId, IReadOnlyList<GraphFileKey> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        for (var i = 0; i < keys.Count; i++)
        {
            xml.WriteStartElement("attribute");
            // Numeric ids, as NetworkX writes them: Gephi keys columns by id, and an id such as "label"
            // would land in its own Label column.
            xml.WriteAttributeString("id", (firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", GraphFileXml.Clean(keys[i].Name));
            xml.WriteAttributeString("type", GraphFileXml.TypeName(keys[i].Type));
            if (keys[i].Type == GraphFileValueType.StringList)
            {
                xml.WriteAttributeString("list", GraphFileKey.SectorMapNamespace, "json");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, int firstId, GraphFileKeyPlan keys, GraphFileAttributes attributes)
    {
        var started = false;
        foreach (var (index, text) in keys.ValuesOf(attributes))
        {
            if (!started)
            {
                xml.WriteStartElement("attvalues");
                started = true;
            }

            xml.WriteStartElement("attvalue");
            xml.WriteAttributeString("for", (firstId + index).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("value", GraphFileXml.Clean(text));
            xml.WriteEndElement();
        }

        if (started)
        {
            xml.WriteEndElement();
        }
    }

    /// <summary>GEXF edges carry an id: the edge's own, else the first counter value no other edge uses.</summary>
    private static IEnumerable<string> EdgeIds(IReadOnlyList<GraphFileEdge> edges)
    {
        var taken = edges.Where(e => e.Id is not null).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var next = 0;
        foreach (var edge in edges)
        {
            if (edge.Id is not null)
            {
                yield return edge.Id;
                continue;
            }

            string id;
            do
            {
                id = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (taken.Contains(id));

            yield return id;
        }
    }
}
