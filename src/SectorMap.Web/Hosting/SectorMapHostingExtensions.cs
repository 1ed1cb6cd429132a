using SectorMap.Core.Seeds;
using SectorMap.Core.Storage;
using SectorMap.Storage;

namespace SectorMap.Web.Hosting;

/// <summary>Registers the store and first-run seeding, so Program.cs stays a page long (STYLE.md, eShop).</summary>
public static class SectorMapHostingExtensions
{
    /// <summary>
    /// The store comes from SECTORMAP_STORE (environment or configuration), else the SQLite file the
    /// CLI uses too. It is opened here, at start-up, so a store that cannot be opened stops the app
    /// with its reason instead of failing on the first page.
    /// </summary>
    public static WebApplicationBuilder AddSectorMap(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        string? Setting(string key) => configuration[key];

        var connection = StoreConnection.Resolve(null, Setting);
        builder.Services.AddSingleton(new StoreDescription(connection.ToString()));
        builder.Services.AddSingleton<IGraphStore>(_ => connection.Open());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService(services => new StoreInitializer(
            services.GetRequiredService<IGraphStore>(),
            SeedCatalog.Find(builder.Environment.ContentRootPath),
            Setting,
            services.GetRequiredService<ILogger<StoreInitializer>>()));
        return builder;
    }
}
