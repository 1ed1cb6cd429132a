using SectorMap.Core.Import;
using SectorMap.Core.Interchange;
using SectorMap.Core.Storage;

namespace SectorMap.Core.Seeds;

/// <summary>Loads bundled datasets through the ordinary import path, all of them as one batch.</summary>
public static class SeedLoader
{
    /// <summary>The environment variable that, set to <c>false</c>, keeps a new store empty.</summary>
    public const string EnvironmentVariable = "SECTORMAP_SEED";

    public static Task<ImportResult> LoadAsync(IGraphStore store, SeedCatalog catalog, IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var files = names.SelectMany(catalog.FilesOf).ToList();
        var batch = GraphFileReader.Read(files, GraphFormat.Json);
        return new GraphImporter(store).ImportAsync(batch, dryRun: false, cancellationToken);
    }

    /// <summary>First run: an empty store gets every bundled dataset, unless seeding is turned off.</summary>
    /// <returns>The import, or null when nothing was loaded.</returns>
    public static async Task<ImportResult?> SeedIfEmptyAsync(IGraphStore store, SeedCatalog? catalog, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        if (catalog is null || IsTurnedOff(environment) || !(await store.CountAsync(cancellationToken).ConfigureAwait(false)).IsEmpty)
        {
            return null;
        }

        return await LoadAsync(store, catalog, catalog.Names, cancellationToken).ConfigureAwait(false);
    }

    public static bool IsTurnedOff(Func<string, string?> environment) =>
        string.Equals(environment(EnvironmentVariable)?.Trim(), "false", StringComparison.OrdinalIgnoreCase)
        || environment(EnvironmentVariable)?.Trim() == "0";
}
