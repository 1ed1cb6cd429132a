using System.Reflection;
using SectorMap.Tests.Common;

namespace SectorMap.Web.Tests;

public class ArchitectureTests : ArchitectureRules
{
    protected override string Project => "SectorMap.Web";

    protected override Assembly Subject => typeof(SectorMap.Web.Hosting.StoreDescription).Assembly;

    protected override string[] Allowed => ["SectorMap.Analysis", "SectorMap.Core", "SectorMap.Storage"];

    protected override string[] Forbidden => ["System.CommandLine"];
}
