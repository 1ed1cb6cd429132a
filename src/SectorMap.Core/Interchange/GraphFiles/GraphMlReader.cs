using System.Xml;

namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Reads GraphML (http://graphml.graphdrawing.org) as NetworkX, igraph, Gephi, Cytoscape and yEd write
/// it: keys with their types and defaults, one graph of nodes and edges with their data. Streams with an
/// <see cref="XmlReader"/>, so a large file costs its graph, not its XML tree. Hyperedges, nested graphs
/// and a second graph are refused; ports and yEd graphics are ignored.
/// </summary>
public static class GraphMlReader
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <exception cref="GraphFileException">The file is not GraphML SectorMap can read; the one error says where.</exception>
    public static GraphFileDocument Read(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, fileName);
    }

    /// <exception cref="GraphFileException">The file is not GraphML SectorMap can read; the one error says where.</exception>
    public static GraphFileDocument Read(Stream input, string fileName) =>
        GraphFileXml.Parse(input, fileName, cursor => new Parser(cursor).ReadDocument());

    private sealed class Parser(GraphFileXmlCursor xml)
    {
        private readonly GraphFileBuilder _graph = new();
        private readonly HashSet<string> _ignoredKeys = new(StringComparer.Ordinal);
        private bool? _directed;

        public GraphFileDocument ReadDocument()
        {
            var reader = xml.Reader;
            reader.MoveToContent();
            if (reader.LocalName != "graphml" || reader.NamespaceURI is not (Namespace or ""))
            {
                throw xml.Error($"expected a GraphML file: its root element is <{reader.Name}>, not <graphml xmlns=\"{Namespace}\">");
            }

            xml.Namespace = reader.NamespaceURI;
            var root = xml.Location();
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "key":
                        ReadKey();
                        break;
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

        private void ReadKey()
        {
            var id = xml.RequiredAttribute("id");
            var domain = xml.Attribute("for") ?? "all";
            if (_graph.NodeKeys.Contains(id) || _graph.EdgeKeys.Contains(id) || _ignoredKeys.Contains(id))
            {
                throw xml.Error($"a second <key> with id \"{id}\"");
            }

            // yEd's graphics keys (yfiles.type) hold XML, not values; other domains (graph, port…) hold nothing we keep.
            var kept = xml.Attribute("yfiles.type") is null && domain is "node" or "edge" or "all";
            var name = xml.Attribute("attr.name") ?? id;
            var typeName = xml.Attribute("attr.type") ?? "string";
            var type = TypeOf(typeName) ?? throw xml.Error($"attr.type \"{typeName}\" of key \"{id}\" is not one of boolean, int, long, float, double, string");
            if (type == GraphFileValueType.String && xml.Reader.GetAttribute("list", GraphFileKey.SectorMapNamespace) == "json")
            {
                type = GraphFileValueType.StringList;
            }

            object? fallback = null;
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                if (xml.OwnName != "default" || !kept)
                {
                    xml.Skip();
                    continue;
                }

                var position = xml.Position;
                fallback = ParseValue(xml.ReadText() ?? string.Empty, type, name, position);
            }

            if (!kept)
            {
                _ignoredKeys.Add(id);
                return;
            }

            var key = new GraphFileKey(name, type);
            if (domain is "node" or "all")
            {
                _graph.NodeKeys.Declare(id, key, fallback);
            }

            if (domain is "edge" or "all")
            {
                _graph.EdgeKeys.Declare(id, key, fallback);
            }
        }

        private void ReadGraph()
        {
            _directed = xml.Attribute("edgedefault") switch
            {
                "directed" => true,
                "undirected" or null => false,
                var other => throw xml.Error($"edgedefault \"{other}\" is neither directed nor undirected"),
            };

            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "node":
                        ReadNode();
                        break;
                    case "edge":
                        ReadEdge();
                        break;
                    case "hyperedge":
                        throw xml.Error("hyperedges are not supported");
                    case "graph":
                        throw xml.Error("nested graphs are not supported");
                    case "key":
                        ReadKey();
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }
        }

        private void ReadNode()
        {
            var location = xml.Location();
            var id = xml.RequiredAttribute("id");
            ReadData(_graph.NodeKeys, "node");
            _graph.AddNode(new GraphFileNode(id, _graph.NodeKeys.TakeAttributes(location), location));
        }

        private void ReadEdge()
        {
            var location = xml.Location();
            var source = xml.RequiredAttribute("source");
            var target = xml.RequiredAttribute("target");
            var id = xml.Attribute("id");
            var directed = xml.Attribute("directed");
            if ((directed == "true" && _directed == false) || (directed == "false" && _directed == true))
            {
                throw xml.Error($"directed=\"{directed}\" on an edge of a graph whose edgedefault says otherwise: mixed graphs are not supported");
            }

            ReadData(_graph.EdgeKeys, "edge");
            _graph.AddEdge(new GraphFileEdge(source, target, _graph.EdgeKeys.TakeAttributes(location), location, id));
        }

        /// <summary>Reads the &lt;data&gt; children of a node or edge into <paramref name="keys"/>.</summary>
        private void ReadData(GraphFileKeyTable keys, string element)
        {
            for (var depth = xml.Enter(); xml.NextChild(depth);)
            {
                switch (xml.OwnName)
                {
                    case "data":
                        break;
                    case "graph":
                        throw xml.Error("nested graphs are not supported");
                    default:
                        xml.Skip();
                        continue;
                }

                var position = xml.Position;
                var keyId = xml.RequiredAttribute("key");
                if (_ignoredKeys.Contains(keyId))
                {
                    xml.Skip();
                    continue;
                }

                if (!keys.TryFind(keyId, out var index))
                {
                    var other = element == "node" ? _graph.EdgeKeys : _graph.NodeKeys;
                    throw xml.Error(other.Contains(keyId)
                        ? $"key \"{keyId}\" is declared for {(element == "node" ? "edges" : "nodes")}, not for {element}s"
                        : $"no <key> declares id \"{keyId}\" (keys come before the graph)");
                }

                var text = xml.ReadText();
                if (text is null)
                {
                    continue;
                }

                var key = keys.KeyAt(index);
                if (!keys.Set(index, ParseValue(text, key.Type, key.Name, position)))
                {
                    throw new GraphFileException(xml.LocationOf(position), $"key \"{keyId}\" ({key.Name}) is given twice for this {element}");
                }
            }
        }

        private object? ParseValue(string text, GraphFileValueType type, string name, (int, int) position) =>
            GraphFileValues.TryParse(text, type, out var value)
                ? value
                : throw new GraphFileException(xml.LocationOf(position), $"\"{GraphFileValues.Shorten(text)}\" is not {GraphFileValues.Describe(type)}, as key \"{name}\" declares");

        private static GraphFileValueType? TypeOf(string typeName) => typeName.ToUpperInvariant() switch
        {
            "STRING" => GraphFileValueType.String,
            // "integer" is what older Gephi writes; NetworkX reads it too.
            "INT" or "LONG" or "INTEGER" => GraphFileValueType.Long,
            "FLOAT" or "DOUBLE" => GraphFileValueType.Double,
            "BOOLEAN" => GraphFileValueType.Boolean,
            _ => null,
        };
    }
}
