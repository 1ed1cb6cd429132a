namespace SectorMap.Core.Validation;

/// <summary>
/// Turns "element at position P, field F" into a location people can find in their file. Kept
/// apart from the model so a million relationships cost one int each, not a string.
/// </summary>
public interface ISourceLocator
{
    /// <param name="position">The array index (JSON) or line number (CSV) of the element.</param>
    /// <param name="field">The property, or null for the element as a whole.</param>
    string Locate(int position, string? field);
}
