using Microsoft.Data.Sqlite;

namespace SectorMap.Cli.Tests.TestSupport;

/// <summary>
/// Runs <c>sectormap</c> in-process against a SQLite file and a folder of its own, with the
/// environment a test chooses, and captures stdout and stderr as a user would see them.
/// </summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Folder = Directory.CreateTempSubdirectory("sectormap-cli-").FullName;
        Environment["SECTORMAP_STORE"] = $"sqlite:{StorePath}";
        Environment["SECTORMAP_SEED"] = "false";
    }

    public string Folder { get; }

    public string StorePath => Path.Combine(Folder, "store.db");

    public Dictionary<string, string?> Environment { get; } = [];

    /// <summary>Whether the command sees stderr as a terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; set; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, key => Environment.GetValueOrDefault(key), TimeProvider.System, ErrorIsTerminal);
        var code = await CliApp.RunAsync(args, context);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
