namespace SectorMap.Analysis.Metrics;

/// <summary>An iterative measure did not settle within its iteration limit (NetworkX's PowerIterationFailedConvergence).</summary>
public sealed class ConvergenceException : Exception
{
    public ConvergenceException(string message)
        : base(message)
    {
    }

    public ConvergenceException()
    {
    }

    public ConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
