namespace SectorMap.Core.Storage;

/// <summary>Counts of what a store holds, by label and by relationship type.</summary>
public sealed record StoreCounts(IReadOnlyDictionary<string, int> NodesByLabel, IReadOnlyDictionary<string, int> RelationshipsByType)
{
    public int Nodes => NodesByLabel.Values.Sum();

    public int Relationships => RelationshipsByType.Values.Sum();

    public bool IsEmpty => Nodes == 0;
}
