namespace SectorMap.Core.Generation;

/// <summary>How big a synthetic sector graph to make, and from which random seed.</summary>
public sealed record GeneratorOptions(int Organisations, int Seed = 1);
