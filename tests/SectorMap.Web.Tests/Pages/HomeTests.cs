using System.Text.RegularExpressions;
using SectorMap.Web.Tests.Hosting;

namespace SectorMap.Web.Tests.Pages;

public partial class HomeTests
{
    [Fact]
    public async Task Home_FirstRun_LoadsTheSeedsAndListsWhatTheStoreHolds()
    {
        await using var app = new SectorMapAppFactory(seed: true);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains($"sqlite:{app.DatabasePath}", html, StringComparison.Ordinal);
        var (seedNodes, seedRelationships) = CountSeeds();
        Assert.Equal(seedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture), NodeCount().Match(html).Groups[1].Value);
        Assert.Equal(seedRelationships.ToString(System.Globalization.CultureInfo.InvariantCulture), RelationshipCount().Match(html).Groups[1].Value);
        foreach (var label in new[] { "Organisation", "Partnership", "ThematicGroup", "Delegate", "Theme", "BeneficiaryGroup", "Area", "Grant" })
        {
            Assert.Contains($"<a href=\"/?label={label}\">{label}</a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_SeedingTurnedOff_SaysTheStoreIsEmpty()
    {
        await using var app = new SectorMapAppFactory(seed: false);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"empty-store\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"node-count\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_SearchByLabelAndName_ListsOnlyMatches()
    {
        await using var app = new SectorMapAppFactory(seed: true);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/?label=Organisation&q=STRiVE");

        var rows = NodeRow().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("<td>Organisation</td>", row, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Contains("strive", row, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Nodes and relationships in every bundled seed file, read independently of the app.</summary>
    private static (int Nodes, int Relationships) CountSeeds()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "SectorMap.sln")))
        {
            folder = folder.Parent;
        }

        int nodes = 0, relationships = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(folder.FullName, "seed"), "*.json", SearchOption.AllDirectories))
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            nodes += document.RootElement.GetProperty("nodes").GetArrayLength();
            relationships += document.RootElement.GetProperty("relationships").GetArrayLength();
        }

        return (nodes, relationships);
    }

    [GeneratedRegex("data-testid=\"relationship-count\">(\\d+)<")]
    private static partial Regex RelationshipCount();

    [GeneratedRegex("data-testid=\"node-count\">(\\d+)<")]
    private static partial Regex NodeCount();

    [GeneratedRegex("<tr><td>([^<]*</td><td>[^<]*</td><td><code>[^<]*)</code></td></tr>")]
    private static partial Regex NodeRow();
}
