using System.Reflection;
using SectorMap.Tests.Common;

namespace SectorMap.Core.Tests;

public class ArchitectureTests : ArchitectureRules
{
    protected override string Project => "SectorMap.Core";

    protected override Assembly Subject => typeof(SectorMap.Core.Model.GraphNode).Assembly;

    protected override string[] Allowed => [];

    protected override string[] Forbidden => ["QuikGraph", "Microsoft.Data.Sqlite", "Polly", "Microsoft.AspNetCore.Components"];
}
