namespace SectorMap.Core.Model;

/// <summary>
/// A node of the sector graph. <see cref="Properties"/> holds everything beyond id, label and
/// name: the model's own properties (SCHEMA.md) and the user's attributes alike.
/// </summary>
public sealed record GraphNode(string Id, string Label, string Name, PropertyBag Properties)
{
    public string? GetString(string key) => Properties.GetString(key);
}
