namespace SectorMap.Core.Interchange;

/// <summary>What an export may contain beyond the graph's public data.</summary>
/// <param name="IncludePersonal">Delegate email and phone (SCHEMA.md, Personal data): off unless asked for.</param>
public sealed record ExportOptions(bool IncludePersonal = false)
{
    public static ExportOptions Default { get; } = new();
}
