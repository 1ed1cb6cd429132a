using SectorMap.Cli;

return await CliApp.RunAsync(args, CliContext.FromProcess());
