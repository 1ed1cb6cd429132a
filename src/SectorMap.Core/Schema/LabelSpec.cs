namespace SectorMap.Core.Schema;

/// <summary>A node label with the properties the model gives it beyond id and name.</summary>
public sealed record LabelSpec(string Name, string Description, IReadOnlyList<PropertySpec> Properties)
{
    public PropertySpec? FindProperty(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
