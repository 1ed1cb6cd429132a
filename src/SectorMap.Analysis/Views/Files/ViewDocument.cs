using SectorMap.Core.Interchange.GraphFiles;

namespace SectorMap.Analysis.Views.Files;

/// <summary>A view file as a GraphML/GEXF document: undirected, every node field declared with its type, each edge with its weight.</summary>
public static class ViewDocument
{
    public static GraphFileDocument From(ViewFile file)
    {
        var nodes = new List<GraphFileNode>(file.View.Nodes.Count);
        for (var v = 0; v < file.View.Nodes.Count; v++)
        {
            var row = file.Values[v];
            nodes.Add(new GraphFileNode(file.View.Nodes[v].Id, new GraphFileAttributes(file.Fields.Select((f, i) => new KeyValuePair<string, object?>(f.Name, row[i])))));
        }

        var edges = file.Edges()
            .Select(e => new GraphFileEdge(file.View.Nodes[e.Source].Id, file.View.Nodes[e.Target].Id, GraphFileAttributes.Of(("weight", e.Weight))))
            .ToList();
        return new GraphFileDocument(
            Directed: false,
            file.Fields.Select(f => new GraphFileKey(f.Name, TypeOf(f.Type))).ToList(),
            [new GraphFileKey("weight", GraphFileValueType.Double)],
            nodes,
            edges);
    }

    private static GraphFileValueType TypeOf(ViewFieldType type) => type switch
    {
        ViewFieldType.Integer => GraphFileValueType.Long,
        ViewFieldType.Double => GraphFileValueType.Double,
        ViewFieldType.Boolean => GraphFileValueType.Boolean,
        ViewFieldType.StringList => GraphFileValueType.StringList,
        _ => GraphFileValueType.String,
    };
}
