namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// One graph of a GraphML or GEXF file, neutral between the two formats: what the readers return and
/// the writers take. It knows nothing of SectorMap's model; <see cref="GraphFileImport"/> and
/// <see cref="GraphFileExport"/> translate.
/// </summary>
/// <param name="Directed">GraphML <c>edgedefault="directed"</c>, GEXF <c>defaultedgetype="directed"</c>.</param>
/// <param name="NodeKeys">The node attributes declared, in file order; the writers declare them in this order.</param>
/// <param name="EdgeKeys">The edge attributes declared, in file order.</param>
/// <param name="Nodes">The nodes in file order.</param>
/// <param name="Edges">The edges in file order.</param>
public sealed record GraphFileDocument(
    bool Directed,
    IReadOnlyList<GraphFileKey> NodeKeys,
    IReadOnlyList<GraphFileKey> EdgeKeys,
    IReadOnlyList<GraphFileNode> Nodes,
    IReadOnlyList<GraphFileEdge> Edges);
