using System.Reflection;
using SectorMap.Tests.Common;

namespace SectorMap.Cli.Tests;

public class ArchitectureTests : ArchitectureRules
{
    protected override string Project => "SectorMap.Cli";

    protected override Assembly Subject => typeof(SectorMap.Cli.CliApp).Assembly;

    protected override string[] Allowed => ["SectorMap.Analysis", "SectorMap.Core", "SectorMap.Storage"];

    protected override string[] Forbidden => ["Microsoft.AspNetCore.Components"];
}
