using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SectorMap.Web.Tests.Hosting;

/// <summary>The real app on a real SQLite file of its own, served in-process.</summary>
public sealed class SectorMapAppFactory(bool seed = true) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sectormap-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SECTORMAP_STORE", $"sqlite:{DatabasePath}");
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
