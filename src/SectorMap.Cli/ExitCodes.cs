namespace SectorMap.Cli;

/// <summary>The exit codes of CLI.md, plus one for a bug in SectorMap itself.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int StoreUnavailable = 3;

    /// <summary>EX_SOFTWARE: an internal error, never a user's mistake.</summary>
    public const int InternalError = 70;
}
