namespace SectorMap.Cli.Output;

/// <summary>
/// One status line on stderr that rewrites itself, shown only when stderr is a terminal so that
/// pipes and logs stay clean (CLI.md).
/// </summary>
internal sealed class Progress(CliContext context) : IDisposable
{
    private bool _shown;

    public void Report(string status)
    {
        if (!context.ErrorIsTerminal)
        {
            return;
        }

        context.Error.Write($"\r\u001b[K{status}");
        context.Error.Flush();
        _shown = true;
    }

    public void Dispose()
    {
        if (_shown)
        {
            context.Error.Write("\r\u001b[K");
            context.Error.Flush();
        }
    }
}
