using System.Reflection;
using SectorMap.Tests.Common;

namespace SectorMap.Analysis.Tests;

public class ArchitectureTests : ArchitectureRules
{
    protected override string Project => "SectorMap.Analysis";

    protected override Assembly Subject => Assembly.Load("SectorMap.Analysis");

    protected override string[] Allowed => ["SectorMap.Core"];

    protected override string[] Forbidden => ["Microsoft.Data.Sqlite", "System.Net.Http", "Microsoft.AspNetCore.Components"];
}
