namespace SectorMap.Core.Schema;

/// <summary>The closed lists of SCHEMA.md. Everything that checks or documents a value reads them here.</summary>
public static class Vocabularies
{
    public static readonly IReadOnlyList<string> Sector = ["third", "public", "private"];

    public static readonly IReadOnlyList<string> OrganisationKind =
    [
        "tsi", "charity", "scio", "community-group", "social-enterprise", "cooperative", "faith-group",
        "housing-association", "local-authority", "health-board", "nhs-trust", "police", "fire",
        "education", "government", "funder", "business", "other",
    ];

    public static readonly IReadOnlyList<string> PartnershipKind = ["cpp", "ijb", "lsp", "hwb", "board", "forum", "network", "other"];

    public static readonly IReadOnlyList<string> Tier = ["strategic", "thematic", "operational", "community"];

    public static readonly IReadOnlyList<string> DelegateStatus = ["active", "former"];

    public static readonly IReadOnlyList<string> AreaKind = ["country", "local-authority", "locality", "ward", "neighbourhood"];

    public static readonly IReadOnlyList<string> Seat =
        ["sector-delegate", "organisational", "community", "chair", "vice-chair", "observer", "co-opted"];

    public static readonly IReadOnlyList<string> Engagement = ["decision", "advisory", "consultative", "informing"];

    public static readonly IReadOnlyList<string> Mandate = ["elected", "nominated", "appointed", "self"];
}
