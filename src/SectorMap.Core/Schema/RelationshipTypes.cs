namespace SectorMap.Core.Schema;

/// <summary>The relationship types, as they appear in files and stores.</summary>
public static class RelationshipTypes
{
    public const string SitsOn = "SITS_ON";
    public const string MemberOf = "MEMBER_OF";
    public const string Represents = "REPRESENTS";
    public const string AffiliatedWith = "AFFILIATED_WITH";
    public const string PartOf = "PART_OF";
    public const string ReportsTo = "REPORTS_TO";
    public const string Covers = "COVERS";
    public const string WorksOn = "WORKS_ON";
    public const string Serves = "SERVES";
    public const string OperatesIn = "OPERATES_IN";
    public const string Within = "WITHIN";
    public const string FundedBy = "FUNDED_BY";
    public const string ReceivedBy = "RECEIVED_BY";
    public const string ForTheme = "FOR_THEME";
    public const string Benefits = "BENEFITS";
}
