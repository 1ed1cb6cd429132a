namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// A declared attribute: a GraphML <c>&lt;key&gt;</c> or a GEXF <c>&lt;attribute&gt;</c>. One name may be
/// declared twice with different types when its values differ in kind from element to element
/// (a user's <c>code</c> that is text on one node and a number on another); an element holds one value a name.
/// </summary>
/// <remarks>
/// A <see cref="GraphFileValueType.StringList"/> key is written as a string key with the extra XML
/// attribute <c>sm:list="json"</c> in the <see cref="SectorMapNamespace"/>: NetworkX, igraph and Gephi
/// ignore attributes of a namespace they do not know and see a string holding a JSON array
/// (one <c>json.loads</c> away from a list), while SectorMap reads a list back.
/// </remarks>
public sealed record GraphFileKey(string Name, GraphFileValueType Type)
{
    /// <summary>The XML namespace of SectorMap's own markers in GraphML and GEXF files.</summary>
    public const string SectorMapNamespace = "urn:sectormap:graph-files";
}
