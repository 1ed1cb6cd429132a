namespace SectorMap.Core.Tests.TestSupport;

/// <summary>The checkout the tests run from, found by walking up to SectorMap.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SectorMap.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SectorMap.sln not found above " + AppContext.BaseDirectory);
    }
}
