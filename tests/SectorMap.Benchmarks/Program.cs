using SectorMap.Benchmarks;

// dotnet run -c Release --project tests/SectorMap.Benchmarks -- [--orgs 200000]        SQLite, national scale
// dotnet run -c Release --project tests/SectorMap.Benchmarks -- neo4j [--orgs 20000]  Neo4j, batched against per-row
// dotnet run -c Release --project tests/SectorMap.Benchmarks -- metrics                 metrics against igraph and NetworkX
return args switch
{
    [ImportPhase.Name, var file, var database] => await ImportPhase.RunAsync(file, database),
    [Neo4jImportBenchmark.Name, ..] => await Neo4jImportBenchmark.RunAsync(args),
    [MetricsBenchmark.Name, ..] => MetricsBenchmark.Run(args),
    _ => await NationalImportBenchmark.RunAsync(args),
};
