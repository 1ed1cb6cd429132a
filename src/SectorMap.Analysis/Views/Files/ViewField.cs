namespace SectorMap.Analysis.Views.Files;

/// <summary>A node attribute of a <see cref="ViewFile"/>, with the one type every node's value has.</summary>
public sealed record ViewField(string Name, ViewFieldType Type);

/// <summary>The value types a graph file can declare for an attribute.</summary>
public enum ViewFieldType
{
    String,
    Integer,
    Double,
    Boolean,

    /// <summary>A list of strings: an array in JSON, joined by <c>;</c> in CSV, GraphML and GEXF.</summary>
    StringList,
}
