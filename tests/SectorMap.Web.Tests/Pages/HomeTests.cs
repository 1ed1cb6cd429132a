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
        var nodes = int.Parse(NodeCount().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(nodes > 100, $"the seeds hold more than 100 nodes; the page shows {nodes}");
        foreach (var label in new[] { "Organisation", "Partnership", "ThematicGroup", "Delegate", "Theme", "BeneficiaryGroup", "Area", "Grant" })
        {
            Assert.Contains($"<a href=\"/?label={label}\">{label}</a>", html, StringComparison.Ordinal);
        }

        Assert.Contains("STRiVE", html, StringComparison.Ordinal);
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

    [GeneratedRegex("data-testid=\"node-count\">(\\d+)<")]
    private static partial Regex NodeCount();

    [GeneratedRegex("<tr><td>([^<]*</td><td>[^<]*</td><td><code>[^<]*)</code></td></tr>")]
    private static partial Regex NodeRow();
}
