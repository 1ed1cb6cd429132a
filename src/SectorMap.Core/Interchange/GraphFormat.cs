namespace SectorMap.Core.Interchange;

/// <summary>The file formats of <c>import</c>, <c>validate</c> and <c>export</c> (CLI.md).</summary>
public enum GraphFormat
{
    /// <summary>Told from the path: a .json, .csv, .graphml or .gexf file, or a folder holding the CSV pair.</summary>
    Auto,
    Json,
    Csv,

    /// <summary>GraphML, as NetworkX, igraph, Gephi and Cytoscape write it (GraphFiles/).</summary>
    GraphMl,

    /// <summary>GEXF, Gephi's format, which NetworkX writes too (GraphFiles/).</summary>
    Gexf,
}
