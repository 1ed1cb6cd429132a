namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// The value types a GraphML key or GEXF attribute can declare, narrowed to what every tool reads
/// the same way: GraphML's int/long and GEXF's integer/long are <see cref="Long"/>, float/double are
/// <see cref="Double"/>. <see cref="StringList"/> is SectorMap's own: the files hold it as a JSON array
/// in a string attribute, marked so that SectorMap reads it back as a list (see <see cref="GraphFileKey"/>).
/// </summary>
public enum GraphFileValueType
{
    /// <summary>A <see cref="string"/>.</summary>
    String,

    /// <summary>A <see cref="long"/>.</summary>
    Long,

    /// <summary>A <see cref="double"/>.</summary>
    Double,

    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>An <see cref="IReadOnlyList{T}"/> of strings.</summary>
    StringList,
}
