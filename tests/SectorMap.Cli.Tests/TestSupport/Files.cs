namespace SectorMap.Cli.Tests.TestSupport;

/// <summary>Small interchange files for the command tests.</summary>
internal static class Files
{
    public const string Valid = """
        {"format": "sectormap", "version": 1,
         "nodes": [
          {"id": "org:strive", "label": "Organisation", "name": "STRiVE", "kind": "tsi", "sector": "third", "score": 1.50, "tags": ["x", "y;z"]},
          {"id": "ptn:ijb", "label": "Partnership", "name": "Integration Joint Board", "kind": "ijb", "tier": "strategic", "statutory": true},
          {"id": "del:a", "label": "Delegate", "name": "Ailsa Brodie", "role": "Third Sector Delegate", "email": "ailsa@example.org"}
         ],
         "relationships": [
          {"type": "REPRESENTS", "from": "del:a", "to": "org:strive", "mandate": "elected", "since": "2017-11-21", "until": "2018-11-20"},
          {"type": "SITS_ON", "from": "del:a", "to": "ptn:ijb", "seat": "sector-delegate", "engagement": "decision", "since": "2017-11-21", "note": "a, \"quoted\" note"}
         ]}
        """;

    public const string Invalid = """
        {"nodes": [
          {"id": "org:a", "label": "Organisation", "name": "A", "kind": "charty"},
          {"id": "del:a", "label": "Delegate", "name": "D"}
         ],
         "relationships": [
          {"type": "SITS_ON", "from": "del:a", "to": "ptn:missing"}
         ]}
        """;
}
