namespace SectorMap.Cli;

/// <summary>Input that cannot be used (exit code 1): each line says where and what, the location first.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
    }

    public InvalidInputException(string message)
        : this([message])
    {
    }

    public InvalidInputException()
        : this("invalid input")
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Lines = [message];
    }

    public IReadOnlyList<string> Lines { get; } = [];
}
