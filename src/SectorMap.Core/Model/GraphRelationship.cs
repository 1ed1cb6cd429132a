namespace SectorMap.Core.Model;

/// <summary>
/// A relationship of the sector graph, dated where its type allows. Identified by
/// (type, from, to, since): the same delegate may sit on the same board in two terms.
/// </summary>
public sealed record GraphRelationship(
    string Type,
    string From,
    string To,
    DateOnly? Since,
    DateOnly? Until,
    PropertyBag Properties)
{
    public RelationshipKey Key => new(Type, From, To, Since);

    /// <summary>Inclusive dates; a missing since is "from the beginning", a missing until "still current".</summary>
    public bool IsActiveOn(DateOnly date) =>
        (Since is null || Since.Value <= date) && (Until is null || date <= Until.Value);

    public string? GetString(string key) => Properties.GetString(key);
}
