namespace SectorMap.Web.Hosting;

/// <summary>The health document: the store, whether it answers, what it holds, or why it does not answer.</summary>
public sealed record StoreHealth(string Store, string Status, int? Nodes, int? Relationships, string? Problem);
