namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Reads GEXF 1.1, 1.2 and 1.3 (http://gexf.net) as Gephi and NetworkX write it: declared attributes with
/// their types and defaults, nodes with their label and attvalues, edges with weight and label. Layout
/// (<c>viz:</c> elements), spells and meta are ignored; hierarchies (nested nodes, pid, parents) are
/// refused. The XML label of a node or edge becomes its "label" attribute and an edge's weight its
/// "weight", as NetworkX's <c>read_gexf</c> has them (see <see cref="GexfWriter"/>).
/// </summary>
public static class GexfReader
{
    /// <exception cref="GraphFileException">The file is not GEXF SectorMap can read; the one error says where.</exception>
    public static GraphFileDocument Read(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, fileName);
    }

    /// <exception cref="GraphFileException">The file is not GEXF SectorMap can read; the one error says where.</exception>
    public static GraphFileDocument Read(Stream input, string fileName) =>
        GraphFileXml.Parse(input, fileName, cursor => new Parser(cursor).ReadDocument());

    private sealed class Parser(GraphFileXmlCursor xml)
    {
        private readonly GraphFileBuilder _graph = new();
        private bool? _directed;
        private int _nodeLabel;
        private int _edgeLabel;
        private int _edgeWeight;
        private int _edgeType;

        public GraphFileDocument ReadDocument()
        {
            var reader = xml.Reader;
            reader.MoveToContent();
            if (reader.LocalName != "gexf")
            {
                throw xml.Error($"expected a GEXF file: its root element is <{reader.Name}>, not <gexf>");
            }

            xml.Namespace = reader.NamespaceURI;
            var root = xml.Location();
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "graph" when _directed is not null:
                        throw xml.Error("a second <graph>: files with several graphs are not supported");
                    case "graph":
                        ReadGraph();
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }

            return _directed is { } directed ? _graph.Build(directed) : throw new GraphFileException(root, "the file has no <graph>");
        }

        private void ReadGraph()
        {
            _directed = xml.Attribute("defaultedgetype") switch
            {
                "directed" => true,
                // NetworkX reads "mutual" (both ways) as undirected too.
                "undirected" or "mutual" or null => false,
                var other => throw xml.Error($"defaultedgetype \"{other}\" is not directed, undirected or mutual"),
            };

            // The XML attributes that read as attributes, declared first so that they lead each element's data.
            _nodeLabel = _graph.NodeKeys.Declare(null, new GraphFileKey("label", GraphFileValueType.String), isImplicit: true);
            _edgeType = _graph.EdgeKeys.Declare(null, new GraphFileKey("type", GraphFileValueType.String), isImplicit: true);
            _edgeLabel = _graph.EdgeKeys.Declare(null, new GraphFileKey("label", GraphFileValueType.String), isImplicit: true);
            _edgeWeight = _graph.EdgeKeys.Declare(null, new GraphFileKey("weight", GraphFileValueType.Double), isImplicit: true);
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "attributes":
                        ReadAttributes();
                        break;
                    case "nodes":
                        for (var inner = xml.Enter(); xml.NextChild(inner);)
                        {
                            ReadNode();
                        }

                        break;
                    case "edges":
                        for (var inner = xml.Enter(); xml.NextChild(inner);)
                        {
                            ReadEdge();
                        }

                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }
        }

        private void ReadAttributes()
        {
            var keys = xml.Attribute("class") switch
            {
                "node" => _graph.NodeKeys,
                "edge" => _graph.EdgeKeys,
                _ => null,
            };
            if (keys is null)
            {
                xml.Skip();
                return;
            }

            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                if (xml.OwnName != "attribute")
                {
                    xml.Skip();
                    continue;
                }

                var id = xml.RequiredAttribute("id");
                if (keys.Contains(id))
                {
                    throw xml.Error($"a second <attribute> with id \"{id}\"");
                }

                var title = xml.Attribute("title") ?? id;
                var type = TypeOf(xml.Attribute("type") ?? "string");
                if (type == GraphFileValueType.String && xml.Reader.GetAttribute("list", GraphFileKey.SectorMapNamespace) == "json")
                {
                    type = GraphFileValueType.StringList;
                }

                object? fallback = null;
                for (var inner = xml.Enter(); xml.NextChild(inner);)
                {
                    if (xml.OwnName != "default")
                    {
                        xml.Skip();
                        continue;
                    }

                    var position = xml.Position;
                    fallback = ParseValue(xml.ReadText() ?? string.Empty, type, title, position);
                }

                keys.Declare(id, new GraphFileKey(title, type), fallback);
            }
        }

        private void ReadNode()
        {
            if (xml.OwnName != "node")
            {
                xml.Skip();
                return;
            }

            var location = xml.Location();
            if (xml.Attribute("pid") is not null)
            {
                throw xml.Error("hierarchical graphs (nodes within nodes) are not supported");
            }

            var id = xml.RequiredAttribute("id");
            var keys = _graph.NodeKeys;
            keys.Set(_nodeLabel, xml.Attribute("label"));
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "attvalues":
                        ReadValues(keys, "node");
                        break;
                    case "nodes" or "parents":
                        throw xml.Error("hierarchical graphs (nodes within nodes) are not supported");
                    default:
                        xml.Skip();
                        break;
                }
            }

            _graph.AddNode(new GraphFileNode(id, keys.TakeAttributes(location), location));
        }

        private void ReadEdge()
        {
            if (xml.OwnName != "edge")
            {
                xml.Skip();
                return;
            }

            var location = xml.Location();
            var source = xml.RequiredAttribute("source");
            var target = xml.RequiredAttribute("target");
            var keys = _graph.EdgeKeys;
            switch (xml.Attribute("type"))
            {
                case "directed" when _directed == false:
                case "undirected" when _directed == true:
                    throw xml.Error($"a {xml.Attribute("type")} edge in a graph whose defaultedgetype says otherwise: mixed graphs are not supported");
                case "directed" or "undirected" or "mutual" or null:
                    break;
                case var type:
                    // NetworkX's write_gexf puts an edge's "type" attribute here; read it back as that.
                    keys.Set(_edgeType, type);
                    break;
            }

            keys.Set(_edgeLabel, xml.Attribute("label"));
            if (xml.Attribute("weight") is { } weight)
            {
                keys.Set(_edgeWeight, ParseValue(weight, GraphFileValueType.Double, "weight", xml.Position));
            }

            var id = xml.Attribute("id");
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                if (xml.OwnName == "attvalues")
                {
                    ReadValues(keys, "edge");
                }
                else
                {
                    xml.Skip();
                }
            }

            _graph.AddEdge(new GraphFileEdge(source, target, keys.TakeAttributes(location), location, id));
        }

        private void ReadValues(GraphFileKeyTable keys, string element)
        {
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                if (xml.OwnName != "attvalue")
                {
                    xml.Skip();
                    continue;
                }

                var position = xml.Position;
                // GEXF 1.1 wrote the attribute's id as "id"; 1.2 and 1.3 as "for".
                var keyId = xml.Attribute("for") ?? xml.Attribute("id") ?? throw xml.Error("<attvalue> has no for attribute");
                if (!keys.TryFind(keyId, out var index))
                {
                    throw xml.Error($"no <attribute class=\"{element}\"> declares id \"{keyId}\"");
                }

                var key = keys.KeyAt(index);
                var value = ParseValue(xml.RequiredAttribute("value"), key.Type, key.Name, position);
                if (!keys.Set(index, value))
                {
                    throw xml.Error($"\"{key.Name}\" is given twice for this {element}: dynamic attribute values are not supported");
                }

                xml.Skip();
            }
        }

        private object? ParseValue(string text, GraphFileValueType type, string name, (int, int) position) =>
            GraphFileValues.TryParse(text, type, out var value)
                ? value
                : throw new GraphFileException(xml.LocationOf(position), $"\"{GraphFileValues.Shorten(text)}\" is not {GraphFileValues.Describe(type)}, as attribute \"{name}\" declares");

        /// <summary>GEXF's types and Gephi's additions; the list types and anything else are kept as their text.</summary>
        private static GraphFileValueType TypeOf(string typeName) => typeName.ToUpperInvariant() switch
        {
            "INTEGER" or "INT" or "LONG" or "SHORT" or "BYTE" or "BIGINTEGER" => GraphFileValueType.Long,
            "FLOAT" or "DOUBLE" or "BIGDECIMAL" => GraphFileValueType.Double,
            "BOOLEAN" or "BOOL" => GraphFileValueType.Boolean,
            _ => GraphFileValueType.String,
        };
    }
}
