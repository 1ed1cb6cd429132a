namespace SectorMap.Core.Validation;

/// <summary>Where one node or relationship of a batch came from.</summary>
public readonly record struct SourceRef(ISourceLocator Locator, int Position)
{
    public string Locate(string? field = null) => Locator.Locate(Position, field);
}
