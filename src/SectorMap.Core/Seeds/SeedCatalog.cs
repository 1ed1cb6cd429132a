namespace SectorMap.Core.Seeds;

/// <summary>
/// The bundled sample datasets: one folder per dataset under <c>seed/</c>, each holding
/// interchange JSON files. Shipped beside the CLI and the web app; found in a checkout too.
/// </summary>
public sealed class SeedCatalog(string root)
{
    public string Root { get; } = root;

    public IReadOnlyList<string> Names =>
        Directory.GetDirectories(Root)
            .Where(d => Directory.EnumerateFiles(d, "*.json").Any())
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> FilesOf(string name) =>
        Directory.GetFiles(Path.Combine(Root, name), "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>The <c>seed/</c> folder beside the running program, else the nearest one above the working folder.</summary>
    public static SeedCatalog? Find(string? startFolder = null)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "seed");
        if (Directory.Exists(beside))
        {
            return new SeedCatalog(beside);
        }

        for (var folder = new DirectoryInfo(startFolder ?? Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seed");
            if (Directory.Exists(candidate))
            {
                return new SeedCatalog(candidate);
            }
        }

        return null;
    }
}
