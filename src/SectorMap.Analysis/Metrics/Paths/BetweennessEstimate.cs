namespace SectorMap.Analysis.Metrics.Paths;

/// <summary>Betweenness from sampled shortest paths, and how it was sampled.</summary>
public sealed record BetweennessEstimate(double[] Values, BetweennessSampling Sampling);

/// <summary>
/// How a betweenness estimate was made, and its guarantee: with probability
/// <see cref="Confidence"/>, every node's value is within <see cref="ErrorBound"/> of the exact
/// one (on NetworkX's normalised scale).
/// </summary>
public sealed record BetweennessSampling(string Method, int Samples, double ErrorBound, double Confidence);
