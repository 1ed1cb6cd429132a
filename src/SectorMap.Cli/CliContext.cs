namespace SectorMap.Cli;

/// <summary>
/// What a command may touch outside its arguments: the two output streams, the environment and
/// the clock. Injected so that tests run commands in-process and see exactly what a user sees.
/// </summary>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> Environment,
    TimeProvider Time,
    bool ErrorIsTerminal)
{
    public static CliContext FromProcess() => new(
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariable,
        TimeProvider.System,
        !Console.IsErrorRedirected);
}
