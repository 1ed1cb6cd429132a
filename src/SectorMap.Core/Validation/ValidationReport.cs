namespace SectorMap.Core.Validation;

/// <summary>Every problem found in a batch, and the batch itself when there were no errors.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationIssue> Issues, ValidatedBatch? Batch)
{
    public bool IsValid => Batch is not null;

    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.IsError);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => !i.IsError);
}
