namespace SectorMap.Core.Storage;

/// <summary>A page of nodes: optionally one label, optionally a part of the name (case-insensitive).</summary>
public sealed record NodeQuery(string? Label = null, string? NameContains = null, int Skip = 0, int Take = 100);
