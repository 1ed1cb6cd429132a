namespace SectorMap.Core.Tests.TestSupport;

/// <summary>Small graphs with a known shape, shared by the format and store tests.</summary>
internal static class SampleGraphs
{
    /// <summary>Every label, several relationship types, dates, lists, personal data and user attributes of each kind.</summary>
    public const string Rich = """
        {
          "format": "sectormap",
          "version": 1,
          "nodes": [
            {"id": "org:strive", "label": "Organisation", "name": "STRiVE", "kind": "tsi", "sector": "third", "orgId": "GB-SC-SC000000", "aliases": ["East Lothian TSI", "Strive; the TSI"], "income": 1250000.50, "website": "https://example.org", "founded": 1998, "notes": "a \"quoted\", comma-laden\nmulti-line note", "tags": ["tsi", "infrastructure"], "member": true},
            {"id": "org:council", "label": "Organisation", "name": "East Lothian Council", "kind": "local-authority", "sector": "public"},
            {"id": "ptn:ijb", "label": "Partnership", "name": "Integration Joint Board", "kind": "ijb", "tier": "strategic", "statutory": true},
            {"id": "tg:carers", "label": "ThematicGroup", "name": "Carers Group", "tier": "thematic", "code": 7},
            {"id": "del:a", "label": "Delegate", "name": "Ailsa Brodie", "role": "Third Sector Delegate", "status": "active", "email": "ailsa@example.org", "phone": "01234 567890"},
            {"id": "thm:carers", "label": "Theme", "name": "Carers", "description": "Unpaid care"},
            {"id": "grp:carers", "label": "BeneficiaryGroup", "name": "Carers"},
            {"id": "area:el", "label": "Area", "name": "East Lothian", "kind": "local-authority", "code": "S12000010"},
            {"id": "area:scot", "label": "Area", "name": "Scotland", "kind": "country"},
            {"id": "grant:1", "label": "Grant", "name": "Carers support", "title": "Carers support", "amountAwarded": 15000.00, "currency": "GBP", "awardDate": "2018-03-01", "plannedStart": "2018-04-01", "plannedEnd": "2019-03-31", "programme": "Community Fund"}
          ],
          "relationships": [
            {"type": "REPRESENTS", "from": "del:a", "to": "org:strive", "mandate": "elected", "since": "2017-11-21", "until": "2018-11-20"},
            {"type": "REPRESENTS", "from": "del:a", "to": "org:strive", "mandate": "elected", "since": "2018-11-21", "until": "2019-11-20"},
            {"type": "SITS_ON", "from": "del:a", "to": "ptn:ijb", "seat": "sector-delegate", "engagement": "decision", "since": "2017-11-21", "vote": 3},
            {"type": "AFFILIATED_WITH", "from": "del:a", "to": "org:strive", "role": "volunteer"},
            {"type": "MEMBER_OF", "from": "org:council", "to": "ptn:ijb", "seat": "organisational", "engagement": "decision"},
            {"type": "PART_OF", "from": "tg:carers", "to": "ptn:ijb"},
            {"type": "COVERS", "from": "tg:carers", "to": "thm:carers"},
            {"type": "WORKS_ON", "from": "org:strive", "to": "thm:carers"},
            {"type": "SERVES", "from": "org:strive", "to": "grp:carers"},
            {"type": "OPERATES_IN", "from": "org:strive", "to": "area:el"},
            {"type": "WITHIN", "from": "area:el", "to": "area:scot"},
            {"type": "FUNDED_BY", "from": "grant:1", "to": "org:council"},
            {"type": "RECEIVED_BY", "from": "grant:1", "to": "org:strive"},
            {"type": "FOR_THEME", "from": "grant:1", "to": "thm:carers"},
            {"type": "BENEFITS", "from": "grant:1", "to": "area:el", "flagged": false}
          ]
        }
        """;
}
