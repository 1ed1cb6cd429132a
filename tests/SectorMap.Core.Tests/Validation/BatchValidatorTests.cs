using SectorMap.Core.Tests.TestSupport;
using SectorMap.Core.Validation;
using static SectorMap.Core.Tests.TestSupport.Batches;

namespace SectorMap.Core.Tests.Validation;

public class BatchValidatorTests
{
    private const string Org = """{"id": "org:a", "label": "Organisation", "name": "A", "kind": "charity", "sector": "third"}""";
    private const string Board = """{"id": "ptn:b", "label": "Partnership", "name": "B", "tier": "strategic"}""";
    private const string Del = """{"id": "del:d", "label": "Delegate", "name": "D"}""";

    private static string Only(ValidationReport report) => Assert.Single(report.Errors).ToString();

    [Fact]
    public void Validate_RichGraph_IsValidWithNoIssues()
    {
        var report = Validate(SampleGraphs.Rich);
        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Empty(report.Issues);
        Assert.Equal(10, report.Batch!.Nodes.Count);
        Assert.Equal(15, report.Batch.Relationships.Count);
    }

    [Fact]
    public void Validate_UnknownLabel_NamesPointerAndSuggestion()
    {
        var report = Validate(Graph("""{"id": "x", "label": "Organization", "name": "X", "sector": "third"}"""));
        Assert.False(report.IsValid);
        Assert.StartsWith("g.json#/nodes/0/label: unknown label \"Organization\" (did you mean \"Organisation\"?)", Only(report));
    }

    [Fact]
    public void Validate_UnknownRelationshipType_IsAnError()
    {
        var report = Validate(Graph($"{Del},{Board}", """{"type": "SITS_IN", "from": "del:d", "to": "ptn:b"}"""));
        Assert.StartsWith("g.json#/relationships/0/type: unknown relationship type \"SITS_IN\" (did you mean \"SITS_ON\"?)", Only(report));
    }

    [Fact]
    public void Validate_WrongEndpointLabels_SaysWhichAreAllowed()
    {
        var report = Validate(Graph($"{Org},{Board}", """{"type": "SITS_ON", "from": "org:a", "to": "ptn:b"}"""));
        Assert.Equal(
            "g.json#/relationships/0/from: SITS_ON goes from Delegate to Partnership or ThematicGroup; \"org:a\" is an Organisation and \"ptn:b\" is a Partnership",
            Only(report));
    }

    [Fact]
    public void Validate_DanglingReference_NamesTheMissingId()
    {
        var report = Validate(Graph(Del, """{"type": "SITS_ON", "from": "del:d", "to": "ptn:xyz"}"""));
        Assert.Equal("g.json#/relationships/0/to: no node has id \"ptn:xyz\"", Only(report));
    }

    [Fact]
    public void Validate_ReferenceToStoredNode_IsResolvedFromTheStore()
    {
        var stored = new Dictionary<string, string> { ["ptn:xyz"] = "Partnership" };
        var report = Validate(Graph(Del, """{"type": "SITS_ON", "from": "del:d", "to": "ptn:xyz"}"""), stored);
        Assert.True(report.IsValid, string.Join("\n", report.Issues));
    }

    [Fact]
    public void Validate_LabelDiffersFromStoredNode_IsAnError()
    {
        var stored = new Dictionary<string, string> { ["del:d"] = "Organisation" };
        var report = Validate(Graph(Del), stored);
        Assert.Equal("g.json#/nodes/0/label: node \"del:d\" is already stored as an Organisation; a node's label cannot change", Only(report));
    }

    [Fact]
    public void Validate_DuplicateId_PointsAtBothPlaces()
    {
        var report = Validate(Graph($"{Org},{Org}"));
        Assert.Equal("g.json#/nodes/1/id: duplicate id \"org:a\" (first at g.json#/nodes/0)", Only(report));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("semi;colon")]
    public void Validate_IdOutsidePattern_IsAnError(string id)
    {
        var report = Validate(Graph($$"""{"id": "{{id}}", "label": "Theme", "name": "T"}"""));
        Assert.StartsWith($"g.json#/nodes/0/id: id \"{id}\" is not valid", Only(report));
    }

    [Fact]
    public void Validate_IdOf129Characters_IsAnError()
    {
        var report = Validate(Graph($$"""{"id": "{{new string('a', 129)}}", "label": "Theme", "name": "T"}"""));
        Assert.Contains("is not valid", Only(report), StringComparison.Ordinal);
        Assert.True(Validate(Graph($$"""{"id": "{{new string('a', 128)}}", "label": "Theme", "name": "T"}""")).IsValid);
    }

    [Theory]
    [InlineData("2017-13-01")]
    [InlineData("21/11/2017")]
    [InlineData("2017-11-21T00:00:00")]
    public void Validate_BadRelationshipDate_IsAnError(string date)
    {
        var report = Validate(Graph($"{Del},{Board}", $$"""{"type": "SITS_ON", "from": "del:d", "to": "ptn:b", "since": "{{date}}"}"""));
        Assert.Equal($"g.json#/relationships/0/since: since \"{date}\" is not a date (YYYY-MM-DD)", Only(report));
    }

    [Fact]
    public void Validate_BadGrantDate_IsAnError()
    {
        var report = Validate(Graph("""{"id": "grant:1", "label": "Grant", "name": "G", "awardDate": "2018-02-30"}"""));
        Assert.Equal("g.json#/nodes/0/awardDate: awardDate \"2018-02-30\" is not a date (YYYY-MM-DD)", Only(report));
    }

    [Fact]
    public void Validate_UntilBeforeSince_IsAnError()
    {
        var report = Validate(Graph($"{Del},{Board}", """{"type": "SITS_ON", "from": "del:d", "to": "ptn:b", "since": "2018-01-02", "until": "2018-01-01"}"""));
        Assert.Equal("g.json#/relationships/0/until: until 2018-01-01 is before since 2018-01-02", Only(report));
    }

    [Fact]
    public void Validate_DatesOnUndatedType_AreAnError()
    {
        var report = Validate(Graph("""{"id": "tg:t", "label": "ThematicGroup", "name": "T"},""" + Board, """{"type": "PART_OF", "from": "tg:t", "to": "ptn:b", "since": "2018-01-01"}"""));
        Assert.Equal("g.json#/relationships/0/since: PART_OF has no dates: since and until are not allowed on it", Only(report));
    }

    [Fact]
    public void Validate_ValueOutsideVocabulary_ListsAllowedValuesAndSuggests()
    {
        var report = Validate(Graph("""{"id": "org:a", "label": "Organisation", "name": "A", "kind": "charty", "sector": "third"}"""));
        var line = Only(report);
        Assert.StartsWith("g.json#/nodes/0/kind: kind \"charty\" is not one of tsi, charity,", line);
        Assert.EndsWith("(did you mean \"charity\"?)", line);
    }

    [Fact]
    public void Validate_RelationshipVocabulary_IsChecked()
    {
        var report = Validate(Graph($"{Del},{Board}", """{"type": "SITS_ON", "from": "del:d", "to": "ptn:b", "engagement": "voting"}"""));
        Assert.StartsWith("g.json#/relationships/0/engagement: engagement \"voting\" is not one of decision, advisory, consultative, informing", Only(report));
    }

    [Fact]
    public void Validate_WrongValueType_SaysWhatWasExpected()
    {
        var report = Validate(Graph("""{"id": "org:a", "label": "Organisation", "name": "A", "sector": "third", "income": "12k"}"""));
        Assert.Equal("g.json#/nodes/0/income: income must be a number, not \"12k\"", Only(report));
    }

    [Theory]
    [InlineData("""{"label": "Theme", "name": "T"}""", "g.json#/nodes/0/id: id is required")]
    [InlineData("""{"id": "t", "name": "T"}""", "g.json#/nodes/0/label: label is required")]
    [InlineData("""{"id": "t", "label": "Theme"}""", "g.json#/nodes/0/name: name is required")]
    [InlineData("""{"id": "t", "label": "Theme", "name": "   "}""", "g.json#/nodes/0/name: name is required")]
    public void Validate_MissingRequiredProperty_IsAnError(string node, string expected)
    {
        Assert.Equal(expected, Only(Validate(Graph(node))));
    }

    [Fact]
    public void Validate_OrganisationWithoutSectorOrKind_IsAnError()
    {
        var report = Validate(Graph("""{"id": "org:a", "label": "Organisation", "name": "A"}"""));
        Assert.StartsWith("g.json#/nodes/0/sector: sector is required for an organisation", Only(report));
    }

    [Theory]
    [InlineData("charity", "third")]
    [InlineData("nhs-trust", "public")]
    [InlineData("business", "private")]
    public void Validate_OrganisationWithoutSector_InfersItFromKindAndSaysSo(string kind, string sector)
    {
        var report = Validate(Graph($$"""{"id": "org:a", "label": "Organisation", "name": "A", "kind": "{{kind}}"}"""));
        Assert.True(report.IsValid);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal($"g.json#/nodes/0/sector: warning: sector not given; inferred \"{sector}\" from kind \"{kind}\"", warning.ToString());
        Assert.Equal(sector, report.Batch!.Nodes[0].GetString("sector"));
    }

    [Fact]
    public void Validate_DuplicateRelationshipKey_IsAnError_ButAnotherTermIsNot()
    {
        const string seat = """{"type": "SITS_ON", "from": "del:d", "to": "ptn:b", "since": "2017-01-01"}""";
        Assert.StartsWith("g.json#/relationships/1/type: duplicate relationship SITS_ON del:d -> ptn:b since 2017-01-01", Only(Validate(Graph($"{Del},{Board}", $"{seat},{seat}"))));
        var secondTerm = seat.Replace("2017", "2018", StringComparison.Ordinal);
        Assert.True(Validate(Graph($"{Del},{Board}", $"{seat},{secondTerm}")).IsValid);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("_system")]
    [InlineData("9lives")]
    public void Validate_BadAttributeName_IsAnError(string name)
    {
        var report = Validate(Graph($$"""{"id": "t", "label": "Theme", "name": "T", "{{name}}": 1, "ok_name.v2-x": 2}"""));
        Assert.StartsWith($"g.json#/nodes/0/{name}: \"{name}\" is not a valid attribute name", Only(report));
    }

    [Theory]
    [InlineData("1234567890123456", false)]
    [InlineData("0.1234567890123456", false)]
    [InlineData("123456789012345", true)]
    [InlineData("1250000.50", true)]
    [InlineData("-0.000001", true)]
    public void Validate_NumbersBeyondFifteenDigits_AreRefused(string number, bool valid)
    {
        var report = Validate(Graph($$"""{"id": "t", "label": "Theme", "name": "T", "score": {{number}}}"""));
        Assert.Equal(valid, report.IsValid);
        if (!valid)
        {
            Assert.Equal($"g.json#/nodes/0/score: score {number} has more than 15 significant digits, more than every store can keep exactly", Only(report));
        }
    }

    [Fact]
    public void Validate_ManyMistakes_ReportsEveryOne()
    {
        var report = Validate(Graph(
            """{"id": "bad id", "label": "Organisation", "name": "A"}, {"id": "t", "label": "Topic", "name": "T"}, {"id": "del:d", "label": "Delegate"}""",
            """{"type": "SITS_ON", "from": "del:d", "to": "nowhere", "since": "yesterday"}, {"type": "LIKES", "from": "t", "to": "t"}"""));
        var locations = report.Errors.Select(e => e.Location).ToList();
        Assert.Equal(
            ["g.json#/relationships/0/since", "g.json#/nodes/0/id", "g.json#/nodes/0/sector", "g.json#/nodes/1/label", "g.json#/nodes/2/name", "g.json#/relationships/0/to", "g.json#/relationships/1/type"],
            locations);
        Assert.Null(report.Batch);
    }
}
