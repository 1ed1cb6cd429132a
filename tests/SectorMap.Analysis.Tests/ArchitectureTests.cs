using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace SectorMap.Analysis.Tests;

/// <summary>References point inward (ARCHITECTURE.md): what SectorMap.Analysis may and may not depend on.</summary>
public class ArchitectureTests
{
    private static readonly string[] Allowed = ["SectorMap.Core"];

    private static readonly System.Reflection.Assembly Subject = System.Reflection.Assembly.Load("SectorMap.Analysis");

    [Fact]
    public void DeclaresOnlyTheProjectsBelowIt()
    {
        var project = XDocument.Load(Path.Combine(SourceRoot(), "src", "SectorMap.Analysis", "SectorMap.Analysis.csproj"));
        var declared = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Allowed, declared);
    }

    [Fact]
    public void CompiledReferencesStayWithinThem()
    {
        var compiled = Subject.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("SectorMap.", StringComparison.Ordinal));
        Assert.All(compiled, name => Assert.Contains(name, Allowed));
    }

    [Theory]
    [InlineData("Microsoft.Data.Sqlite", "System.Net.Http", "Microsoft.AspNetCore.Components")]
    public void DoesNotDependOn(params string[] packages)
    {
        Assert.DoesNotContain(Subject.GetReferencedAssemblies(), a => packages.Contains(a.Name));
    }

    private static string SourceRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
