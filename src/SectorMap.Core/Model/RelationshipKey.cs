namespace SectorMap.Core.Model;

/// <summary>What makes a relationship unique: its type, endpoints and start date.</summary>
public readonly record struct RelationshipKey(string Type, string From, string To, DateOnly? Since)
{
    public override string ToString() =>
        Since is null ? $"{Type} {From} -> {To}" : $"{Type} {From} -> {To} since {Since.Value:yyyy-MM-dd}";
}
