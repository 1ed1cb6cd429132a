namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// Collects the nodes and edges of one graph as a reader finds them and checks what only the whole
/// graph can tell: node ids are unique, and every edge joins two declared nodes (an edge may come
/// before its nodes in the file).
/// </summary>
internal sealed class GraphFileBuilder
{
    private readonly List<GraphFileNode> _nodes = [];
    private readonly List<GraphFileEdge> _edges = [];
    private readonly Dictionary<string, string> _nodeLocations = new(StringComparer.Ordinal);

    public GraphFileKeyTable NodeKeys { get; } = new();

    public GraphFileKeyTable EdgeKeys { get; } = new();

    public void AddNode(GraphFileNode node)
    {
        if (!_nodeLocations.TryAdd(node.Id, node.Location))
        {
            throw new GraphFileException(node.Location, $"duplicate node id \"{node.Id}\" (first at {_nodeLocations[node.Id]})");
        }

        _nodes.Add(node);
    }

    public void AddEdge(GraphFileEdge edge) => _edges.Add(edge);

    public GraphFileDocument Build(bool directed)
    {
        foreach (var edge in _edges)
        {
            foreach (var end in new[] { edge.Source, edge.Target })
            {
                if (!_nodeLocations.ContainsKey(end))
                {
                    throw new GraphFileException(edge.Location,
                        $"the edge {edge.Source} -> {edge.Target} joins a node the file does not declare: no <node> has id \"{end}\"");
                }
            }
        }

        return new GraphFileDocument(directed, NodeKeys.Keys, EdgeKeys.Keys, _nodes, _edges);
    }
}
