namespace SectorMap.Storage.Neo4j;

/// <summary>
/// An error the server reported with a status code (<c>Neo.ClientError.Statement.SyntaxError</c>).
/// Whether a unit of work is retried depends on the code's classification.
/// </summary>
public sealed class Neo4jServerException : Exception
{
    public Neo4jServerException(string code, string message)
        : base($"{code}: {message}")
    {
        Code = code;
    }

    public Neo4jServerException()
    {
        Code = string.Empty;
    }

    public Neo4jServerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    public string Code { get; }

    /// <summary>
    /// Worth trying the whole unit of work again: a transient error (except a terminated
    /// transaction or a stopped lock client, which the drivers do not retry either), or a
    /// transaction that expired or vanished mid-way.
    /// </summary>
    public bool IsRetryable =>
        (Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            && Code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped")
        || Code == "Neo.ClientError.Transaction.TransactionNotFound";
}
