using System.CommandLine;
using SectorMap.Core.Seeds;
using SectorMap.Core.Storage;

namespace SectorMap.Cli.Commands;

/// <summary>
/// The store a command works on. The shared default store is seeded on first use, as the web app
/// does, so that what one shows the other shows (unless SECTORMAP_SEED=false).
/// </summary>
internal sealed class StoreSession(IGraphStore store) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    public static async Task<StoreSession> OpenAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken, bool seedOnFirstRun = true)
    {
        var connection = GlobalOptions.ResolveStore(parse, context);
        var store = GlobalOptions.OpenStore(connection, context);
        if (seedOnFirstRun && GlobalOptions.IsDefaultStore(parse, context))
        {
            var seeded = await SeedLoader.SeedIfEmptyAsync(store, SeedCatalog.Find(), context.Environment, cancellationToken);
            if (seeded?.Applied is not null)
            {
                context.Error.WriteLine($"first run: loaded the sample data into {connection}; set {SeedLoader.EnvironmentVariable}=false to start empty");
            }
        }

        return new StoreSession(store);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
