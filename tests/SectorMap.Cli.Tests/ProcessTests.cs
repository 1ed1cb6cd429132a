using System.Diagnostics;

namespace SectorMap.Cli.Tests;

/// <summary>The built program itself, as a user's shell runs it: exit codes and stderr, no stack traces.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sectormap-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SECTORMAP_STORE"] = $"sqlite:{Path.Combine(_folder, "p.db")}";
        start.Environment["SECTORMAP_SEED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the command did not finish in a minute");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Import_BrokenJson_ExitsOneWithALocatedLineAndNoStackTrace()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\"nodes\": [ {\"id\": \"a\", } ]}");

        var (code, output, error) = Run("import", path);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith($"{path}:1:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "validate", "import", "export", "seed", "generate" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }
}
