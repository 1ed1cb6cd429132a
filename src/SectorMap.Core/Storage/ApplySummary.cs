namespace SectorMap.Core.Storage;

/// <summary>What a write did: created, updated (some property changed) and unchanged, per kind.</summary>
public sealed record ApplySummary(
    int NodesCreated,
    int NodesUpdated,
    int NodesUnchanged,
    int RelationshipsCreated,
    int RelationshipsUpdated,
    int RelationshipsUnchanged)
{
    public static ApplySummary None { get; } = new(0, 0, 0, 0, 0, 0);

    public bool ChangedAnything => NodesCreated + NodesUpdated + RelationshipsCreated + RelationshipsUpdated > 0;

    public ApplySummary Add(ApplySummary other) => new(
        NodesCreated + other.NodesCreated,
        NodesUpdated + other.NodesUpdated,
        NodesUnchanged + other.NodesUnchanged,
        RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsUpdated + other.RelationshipsUpdated,
        RelationshipsUnchanged + other.RelationshipsUnchanged);
}
