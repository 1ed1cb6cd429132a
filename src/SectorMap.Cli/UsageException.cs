namespace SectorMap.Cli;

/// <summary>A command line that parses but asks for something impossible (exit code 2).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
