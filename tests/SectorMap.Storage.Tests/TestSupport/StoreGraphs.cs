using System.Text;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;
using SectorMap.Core.Validation;

namespace SectorMap.Storage.Tests.TestSupport;

/// <summary>Test graphs for the store contract, read and validated the way an import would.</summary>
internal static class StoreGraphs
{
    public static GraphBatchBuilder Read(string json)
    {
        var batch = new GraphBatchBuilder();
        InterchangeJsonReader.Read(Encoding.UTF8.GetBytes(json), "test.json", batch);
        return batch;
    }

    public static ValidatedBatch Valid(string json, IReadOnlyDictionary<string, string>? stored = null)
    {
        var report = BatchValidator.Validate(Read(json), stored);
        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        return report.Batch!;
    }

    public static string Graph(string nodes, string relationships = "") =>
        $$"""{"nodes": [{{nodes}}], "relationships": [{{relationships}}]}""";

    public static void AssertSame(ValidatedBatch expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal), actual.Nodes);
        Assert.Equal(
            expected.Relationships.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.From, StringComparer.Ordinal)
                .ThenBy(r => r.To, StringComparer.Ordinal).ThenBy(r => r.Since),
            actual.Relationships);
    }

    /// <summary>Every label and relationship type, dated seats in two terms, user attributes of each kind, personal data.</summary>
    public const string Sample = """
        {
          "nodes": [
            {"id": "org:strive", "label": "Organisation", "name": "STRiVE", "kind": "tsi", "sector": "third", "orgId": "GB-SC-SC000000", "aliases": ["East Lothian TSI"], "income": 1250000.50, "founded": 1998, "member": true, "tags": ["a", "b"]},
            {"id": "org:council", "label": "Organisation", "name": "East Lothian Council", "kind": "local-authority", "sector": "public"},
            {"id": "org:carers", "label": "Organisation", "name": "Musselburgh Carers Centre", "kind": "charity", "sector": "third"},
            {"id": "ptn:ijb", "label": "Partnership", "name": "Integration Joint Board", "kind": "ijb", "tier": "strategic", "statutory": true},
            {"id": "ptn:cpp", "label": "Partnership", "name": "East Lothian Partnership", "kind": "cpp", "tier": "strategic"},
            {"id": "tg:carers", "label": "ThematicGroup", "name": "Carers Group", "tier": "thematic"},
            {"id": "del:a", "label": "Delegate", "name": "Ailsa Brodie", "role": "Third Sector Delegate", "email": "ailsa@example.org", "phone": "01234 567890"},
            {"id": "del:ceo", "label": "Delegate", "name": "Fergus Lamont", "role": "Chief Executive"},
            {"id": "thm:carers", "label": "Theme", "name": "Carers"},
            {"id": "grp:carers", "label": "BeneficiaryGroup", "name": "Carers"},
            {"id": "area:el", "label": "Area", "name": "East Lothian", "kind": "local-authority", "code": "S12000010"},
            {"id": "area:scot", "label": "Area", "name": "Scotland", "kind": "country"},
            {"id": "grant:1", "label": "Grant", "name": "Carers support", "amountAwarded": 15000.00, "awardDate": "2018-03-01"}
          ],
          "relationships": [
            {"type": "SITS_ON", "from": "del:ceo", "to": "ptn:ijb", "seat": "sector-delegate", "engagement": "decision", "since": "2014-04-01", "until": "2017-11-20"},
            {"type": "SITS_ON", "from": "del:a", "to": "ptn:ijb", "seat": "sector-delegate", "engagement": "decision", "since": "2017-11-21", "until": "2018-11-20", "vote": 3},
            {"type": "SITS_ON", "from": "del:a", "to": "ptn:ijb", "seat": "sector-delegate", "engagement": "decision", "since": "2018-11-21"},
            {"type": "REPRESENTS", "from": "del:a", "to": "org:strive", "mandate": "elected", "since": "2017-11-21", "until": "2018-11-20"},
            {"type": "AFFILIATED_WITH", "from": "del:a", "to": "org:carers", "role": "employee"},
            {"type": "MEMBER_OF", "from": "org:council", "to": "ptn:ijb", "seat": "organisational", "engagement": "decision"},
            {"type": "MEMBER_OF", "from": "org:carers", "to": "org:strive", "since": "2015-01-01"},
            {"type": "PART_OF", "from": "tg:carers", "to": "ptn:ijb"},
            {"type": "REPORTS_TO", "from": "ptn:ijb", "to": "ptn:cpp", "since": "2016-04-01"},
            {"type": "COVERS", "from": "tg:carers", "to": "thm:carers"},
            {"type": "WORKS_ON", "from": "org:carers", "to": "thm:carers"},
            {"type": "SERVES", "from": "org:carers", "to": "grp:carers"},
            {"type": "OPERATES_IN", "from": "org:carers", "to": "area:el"},
            {"type": "WITHIN", "from": "area:el", "to": "area:scot"},
            {"type": "FUNDED_BY", "from": "grant:1", "to": "org:council"},
            {"type": "RECEIVED_BY", "from": "grant:1", "to": "org:carers"},
            {"type": "FOR_THEME", "from": "grant:1", "to": "thm:carers"},
            {"type": "BENEFITS", "from": "grant:1", "to": "grp:carers"}
          ]
        }
        """;
}
