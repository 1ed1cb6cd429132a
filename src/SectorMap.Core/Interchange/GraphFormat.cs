namespace SectorMap.Core.Interchange;

/// <summary>The file formats of <c>import</c>, <c>validate</c> and <c>export</c> (CLI.md).</summary>
public enum GraphFormat
{
    /// <summary>Told from the path: a .json file, a .csv file, or a folder holding the CSV pair.</summary>
    Auto,
    Json,
    Csv,
}
