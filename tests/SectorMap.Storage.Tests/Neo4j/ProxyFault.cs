namespace SectorMap.Storage.Tests.Neo4j;

/// <summary>What <see cref="TcpFaultProxy"/> does to the request it breaks.</summary>
public enum ProxyFault
{
    /// <summary>Reset the connection before the request reaches the server.</summary>
    Drop,

    /// <summary>Answer 503 Service Unavailable, as a gateway in front of the server would.</summary>
    ServiceUnavailable,

    /// <summary>Hold the request back for a while before passing it on.</summary>
    Delay,
}
