namespace SectorMap.Storage.Neo4j;

/// <summary>The server could not be reached, did not answer in time, or answered 502/503/504: worth a retry.</summary>
public sealed class Neo4jTransportException : Exception
{
    public Neo4jTransportException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public Neo4jTransportException()
    {
    }

    public Neo4jTransportException(string message)
        : base(message)
    {
    }
}
