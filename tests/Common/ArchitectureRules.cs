using System.Reflection;
using System.Xml.Linq;

namespace SectorMap.Tests.Common;

/// <summary>
/// References point inward (ARCHITECTURE.md). Each test project says what its src project may
/// reference and what it must not; the rules are checked on the project file (what is declared)
/// and on the compiled assembly (what is used). Linked into every test project.
/// </summary>
public abstract class ArchitectureRules
{
    /// <summary>The src project, by name (SectorMap.Core …).</summary>
    protected abstract string Project { get; }

    protected abstract Assembly Subject { get; }

    /// <summary>The SectorMap projects it may reference, in ordinal order.</summary>
    protected abstract string[] Allowed { get; }

    /// <summary>Packages and framework parts it must not depend on.</summary>
    protected abstract string[] Forbidden { get; }

    [Fact]
    public void DeclaresOnlyTheProjectsBelowIt()
    {
        var project = XDocument.Load(Path.Combine(SourceRoot(), "src", Project, Project + ".csproj"));
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

    [Fact]
    public void DoesNotDependOnForbiddenPackages()
    {
        Assert.NotEmpty(Forbidden);
        Assert.DoesNotContain(Subject.GetReferencedAssemblies(), a => Forbidden.Contains(a.Name));
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
