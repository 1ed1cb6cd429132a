using System.Xml;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Writes a document as GraphML that NetworkX (<c>read_graphml</c>), igraph, Gephi, Cytoscape and yEd
/// read with every attribute and its type: a <c>&lt;key&gt;</c> per (name, type) with
/// <c>attr.type</c> string, long, double or boolean, and a <c>&lt;data&gt;</c> per value. UTF-8 without
/// a byte order mark, and byte for byte the same for the same document.
/// </summary>
public static class GraphMlWriter
{
    public static void Write(Stream output, GraphFileDocument document)
    {
        var nodeKeys = new GraphFileKeyPlan(document.NodeKeys, document.Nodes.Select(n => n.Attributes), _ => true);
        var edgeKeys = new GraphFileKeyPlan(document.EdgeKeys, document.Edges.Select(e => e.Attributes), _ => true);
        using var xml = GraphFileXml.CreateWriter(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMlReader.Namespace);
        xml.WriteAttributeString("xmlns", GraphMlReader.Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            $"{GraphMlReader.Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        if (nodeKeys.Keys.Concat(edgeKeys.Keys).Any(k => k.Type == GraphFileValueType.StringList))
        {
            xml.WriteAttributeString("xmlns", "sm", null, GraphFileKey.SectorMapNamespace);
        }

        WriteKeys(xml, "node", 0, nodeKeys.Keys);
        WriteKeys(xml, "edge", nodeKeys.Keys.Count, edgeKeys.Keys);

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("edgedefault", document.Directed ? "directed" : "undirected");
        foreach (var node in document.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", GraphFileXml.Clean(node.Id));
            WriteData(xml, 0, nodeKeys, node.Attributes);
            xml.WriteEndElement();
        }

        foreach (var edge in document.Edges)
        {
            xml.WriteStartElement("edge");
            if (edge.Id is not null)
            {
                xml.WriteAttributeString("id", GraphFileXml.Clean(edge.Id));
            }

            xml.WriteAttributeString("source", GraphFileXml.Clean(edge.Source));
            xml.WriteAttributeString("target", GraphFileXml.Clean(edge.Target));
            WriteData(xml, nodeKeys.Keys.Count, edgeKeys, edge.Attributes);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKeys(XmlWriter xml, string domain, int firstId, IReadOnlyList<GraphFileKey> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", $"d{firstId + i}");
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", GraphFileXml.Clean(keys[i].Name));
            xml.WriteAttributeString("attr.type", GraphFileXml.TypeName(keys[i].Type));
            if (keys[i].Type == GraphFileValueType.StringList)
            {
                xml.WriteAttributeString("list", GraphFileKey.SectorMapNamespace, "json");
            }

            xml.WriteEndElement();
        }
    }

    private static void WriteData(XmlWriter xml, int firstId, GraphFileKeyPlan keys, GraphFileAttributes attributes)
    {
        foreach (var (index, text) in keys.ValuesOf(attributes))
        {
            xml.WriteStartElement("data");
            xml.WriteAttributeString("key", $"d{firstId + index}");
            xml.WriteString(GraphFileXml.Clean(text));
            xml.WriteEndElement();
        }
    }
}
