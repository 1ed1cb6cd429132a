using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SectorMap.Web.Tests.Hosting;

/// <summary>The real app, served in-process, on a SQLite file of its own or on the store given.</summary>
public sealed class SectorMapAppFactory(bool seed = true, string? store = null, string? neo4jPassword = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sectormap-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SECTORMAP_STORE", store ?? $"sqlite:{DatabasePath}");
        if (neo4jPassword is not null)
        {
            builder.UseSetting("SECTORMAP_NEO4J_PASSWORD", neo4jPassword);
        }

        builder.UseSetting("SECTORMAP_SEED", seed ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
