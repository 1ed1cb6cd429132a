using SectorMap.Core.Import;
using SectorMap.Core.Seeds;
using SectorMap.Core.Storage;

namespace SectorMap.Web.Hosting;

/// <summary>Loads the bundled sample data into an empty store before the app serves its first page.</summary>
public sealed partial class StoreInitializer(
    IGraphStore store,
    SeedCatalog? catalog,
    Func<string, string?> settings,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ImportResult? result;
        try
        {
            result = await SeedLoader.SeedIfEmptyAsync(store, catalog, settings, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            // The app still starts, so that its pages and /api/health can say what is wrong.
            LogStoreUnavailable(logger, ex.Message);
            return;
        }

        if (result is null)
        {
            return;
        }

        if (result.Applied is null)
        {
            // A bundled dataset that does not validate is a bug in this build; say where, and run on empty.
            LogSeedInvalid(logger, string.Join("; ", result.Report.Errors.Take(5)));
            return;
        }

        LogSeeded(logger, result.Applied.NodesCreated, result.Applied.RelationshipsCreated);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: loaded the sample data ({Nodes} nodes, {Relationships} relationships); set SECTORMAP_SEED=false to start empty")]
    private static partial void LogSeeded(ILogger logger, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is not available: {Problem}")]
    private static partial void LogStoreUnavailable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bundled sample data does not validate: {Errors}")]
    private static partial void LogSeedInvalid(ILogger logger, string errors);
}
