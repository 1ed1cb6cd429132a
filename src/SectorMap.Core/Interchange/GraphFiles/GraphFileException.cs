namespace SectorMap.Core.Interchange.GraphFiles;

/// <summary>
/// A GraphML or GEXF file that cannot be read: malformed XML, a DTD, a value that does not fit its
/// declared type, an edge to a node the file never declares. Carries one location, <c>file:line:column</c>,
/// so that a reader of a broken file reports one line that points at the problem (as CSV's
/// <see cref="Csv.CsvSyntaxException"/> does), not a cascade of consequences.
/// </summary>
public sealed class GraphFileException(string location, string reason) : Exception($"{location}: {reason}")
{
    /// <summary>Where the problem is: <c>file:line:column</c>.</summary>
    public string Location { get; } = location;

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = reason;
}
