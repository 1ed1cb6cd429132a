namespace SectorMap.Core.Schema;

/// <summary>A relationship type, the endpoint labels it allows, and whether it carries since/until.</summary>
public sealed record RelationshipSpec(
    string Name,
    string Description,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    bool Dated,
    IReadOnlyList<PropertySpec> Properties)
{
    public PropertySpec? FindProperty(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public bool Allows(string fromLabel, string toLabel) => From.Contains(fromLabel) && To.Contains(toLabel);

    /// <summary>"Delegate to Partnership or ThematicGroup", for error messages and the reference.</summary>
    public string DescribeEndpoints() => $"{Join(From)} to {Join(To)}";

    private static string Join(IReadOnlyList<string> labels) =>
        labels.Count == 1 ? labels[0] : string.Join(", ", labels.Take(labels.Count - 1)) + " or " + labels[^1];
}
