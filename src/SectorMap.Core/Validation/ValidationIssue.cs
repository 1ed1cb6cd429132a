namespace SectorMap.Core.Validation;

/// <summary>
/// One problem found in a file, with where it is: <c>file#/json/pointer</c> for JSON and
/// <c>file:line:column</c> for CSV. Printed as one line, the location first.
/// </summary>
public sealed record ValidationIssue(string Location, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    public bool IsError => Severity == IssueSeverity.Error;

    public override string ToString() =>
        Severity == IssueSeverity.Error ? $"{Location}: {Message}" : $"{Location}: warning: {Message}";
}
