using SectorMap.Benchmarks;

// dotnet run -c Release --project tests/SectorMap.Benchmarks -- [--orgs 200000] [--seed 1]
return args is [ImportPhase.Name, var file, var database]
    ? await ImportPhase.RunAsync(file, database)
    : await NationalImportBenchmark.RunAsync(args);
