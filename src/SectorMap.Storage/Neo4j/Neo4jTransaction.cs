namespace SectorMap.Storage.Neo4j;

/// <summary>An open explicit transaction: where to send statements, where to commit, and (Query API) the cluster affinity to echo.</summary>
public sealed record Neo4jTransaction(string Path, string CommitPath, string? Affinity = null);
