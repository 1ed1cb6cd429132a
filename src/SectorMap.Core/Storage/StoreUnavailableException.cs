namespace SectorMap.Core.Storage;

/// <summary>The store cannot be reached or opened (CLI exit code 3). The message is for the user.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreUnavailableException()
    {
    }
}
