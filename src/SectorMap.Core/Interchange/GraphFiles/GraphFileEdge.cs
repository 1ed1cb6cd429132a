namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>An edge of a GraphML or GEXF file.</summary>
/// <param name="Source">The id of the node it starts from.</param>
/// <param name="Target">The id of the node it goes to.</param>
/// <param name="Attributes">Its data, in the order the keys are declared; a GEXF edge's <c>weight</c> and <c>label</c> XML attributes are here too.</param>
/// <param name="Location">Where the element starts, <c>file:line:column</c>; empty for an edge not read from a file.</param>
/// <param name="Id">The XML id, when the file gives one; it identifies nothing in SectorMap.</param>
public sealed record GraphFileEdge(string Source, string Target, GraphFileAttributes Attributes, string Location = "", string? Id = null);
