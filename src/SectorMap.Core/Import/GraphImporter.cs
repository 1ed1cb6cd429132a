using SectorMap.Core.Storage;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Import;

/// <summary>
/// Validates a batch against the model and what the store already holds, then writes it
/// all-or-nothing. The one import path for the CLI, the web app and the seeds.
/// </summary>
public sealed class GraphImporter(IGraphStore store)
{
    public async Task<ImportResult> ImportAsync(GraphBatchBuilder batch, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var (report, alreadyStored) = await ValidateAsync(batch, cancellationToken).ConfigureAwait(false);
        if (report.Batch is null || dryRun)
        {
            return new ImportResult(report, null, batch.Nodes.Count, batch.Relationships.Count, alreadyStored);
        }

        var applied = await store.ApplyAsync(report.Batch, cancellationToken).ConfigureAwait(false);
        return new ImportResult(report, applied, batch.Nodes.Count, batch.Relationships.Count, alreadyStored);
    }

    /// <summary>The validation half of an import: the batch checked against the model and the store.</summary>
    /// <returns>The report, and how many of the batch's nodes the store already holds.</returns>
    public async Task<(ValidationReport Report, int NodesAlreadyStored)> ValidateAsync(GraphBatchBuilder batch, CancellationToken cancellationToken = default)
    {
        var ids = new HashSet<string>(batch.Nodes.Count * 2, StringComparer.Ordinal);
        foreach (var node in batch.Nodes)
        {
            ids.Add(node.Id);
        }

        foreach (var rel in batch.Relationships)
        {
            ids.Add(rel.From);
            ids.Add(rel.To);
        }

        ids.Remove(string.Empty);
        var stored = await store.GetLabelsAsync(ids, cancellationToken).ConfigureAwait(false);
        return (BatchValidator.Validate(batch, stored), batch.Nodes.Count(n => stored.ContainsKey(n.Id)));
    }
}
