using System.Reflection;
using SectorMap.Tests.Common;

namespace SectorMap.Storage.Tests;

public class ArchitectureTests : ArchitectureRules
{
    protected override string Project => "SectorMap.Storage";

    protected override Assembly Subject => typeof(SectorMap.Storage.StoreConnection).Assembly;

    protected override string[] Allowed => ["SectorMap.Core"];

    protected override string[] Forbidden => ["QuikGraph", "Microsoft.AspNetCore.Components"];
}
