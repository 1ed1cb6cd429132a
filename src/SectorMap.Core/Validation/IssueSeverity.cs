namespace SectorMap.Core.Validation;

public enum IssueSeverity
{
    /// <summary>The batch cannot be written.</summary>
    Error,

    /// <summary>The batch can be written, but the tool guessed or changed something and says so.</summary>
    Warning,
}
