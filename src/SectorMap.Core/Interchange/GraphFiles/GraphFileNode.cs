namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>A node of a GraphML or GEXF file.</summary>
/// <param name="Id">The XML id.</param>
/// <param name="Attributes">Its data, in the order the keys are declared.</param>
/// <param name="Location">Where the element starts, <c>file:line:column</c>, for error messages; empty for a node not read from a file.</param>
public sealed record GraphFileNode(string Id, GraphFileAttributes Attributes, string Location = "");
