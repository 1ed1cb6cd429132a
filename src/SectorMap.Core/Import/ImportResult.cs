using SectorMap.Core.Storage;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Import;

/// <summary>
/// The outcome of an import: every issue found, and what was written (null when nothing was:
/// an invalid batch or a dry run).
/// </summary>
public sealed record ImportResult(
    ValidationReport Report,
    ApplySummary? Applied,
    int Nodes,
    int Relationships,
    int NodesAlreadyStored)
{
    public bool IsValid => Report.IsValid;
}
