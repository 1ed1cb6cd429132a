using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace SectorMap.Core.Tests;

/// <summary>References point inward (ARCHITECTURE.md): what SectorMap.Core may and may not depend on.</summary>
public class ArchitectureTests
{
    private static readonly string[] Allowed = [];

    private static readonly System.Reflection.Assembly Subject = typeof(SectorMap.Core.Model.GraphNode).Assembly;

    [Fact]
    public void DeclaresOnlyTheProjectsBelowIt()
    {
        var project = XDocument.Load(Path.Combine(SourceRoot(), "src", "SectorMap.Core", "SectorMap.Core.csproj"));
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
    [InlineData("QuikGraph", "Microsoft.Data.Sqlite", "Polly", "Microsoft.AspNetCore.Components")]
    public void DoesNotDependOn(params string[] packages)
    {
        Assert.DoesNotContain(Subject.GetReferencedAssemblies(), a => packages.Contains(a.Name));
    }

    private static string SourceRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
