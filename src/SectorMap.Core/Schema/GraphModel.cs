using System.Text.RegularExpressions;
using static SectorMap.Core.Schema.NodeLabels;

namespace SectorMap.Core.Schema;

/// <summary>
/// The graph model of SCHEMA.md as data. The validator, the interchange formats, the stores and
/// the files in graph-schema/ are all derived from these lists, so they cannot disagree.
/// </summary>
public static partial class GraphModel
{
    public const int FormatVersion = 1;
    public const string FormatName = "sectormap";
    public const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    /// <summary>User attribute names: safe as JSON keys, CSV headers, GraphML keys and Neo4j properties.
    /// Names starting with '_' are kept for what the stores record for themselves.</summary>
    public const string AttributeNamePattern = "^[A-Za-z][A-Za-z0-9_.-]{0,63}$";

    /// <summary>Keys that every node or relationship has and that are not properties.</summary>
    public static readonly IReadOnlyList<string> NodeKeys = ["id", "label", "name"];

    public static readonly IReadOnlyList<string> RelationshipKeys = ["type", "from", "to", "since", "until"];

    public static IReadOnlyList<LabelSpec> Labels { get; } =
    [
        new(Organisation,
            "Any body that can hold a seat, fund or be funded: charities, community groups, social enterprises, the TSI itself, councils, NHS boards, police, universities, businesses.",
            [
                new("kind", PropertyType.Vocabulary, "What sort of organisation it is.", Vocabularies.OrganisationKind),
                new("sector", PropertyType.Vocabulary, "Required; inferred from kind when a file leaves it out.", Vocabularies.Sector),
                new("orgId", PropertyType.Text, "An org-id.guide identifier such as GB-SC-SC012345 or GB-CHC-1000011."),
                new("aliases", PropertyType.TextList, "Other names the organisation is known by."),
                new("income", PropertyType.Number, "Latest annual income."),
                new("website", PropertyType.Text, "Web address."),
            ]),
        new(Partnership,
            "A decision or planning body: a Community Planning Partnership, an Integration Joint Board, a Local Strategic Partnership, a Health and Wellbeing Board, a programme board, a sector forum.",
            [
                new("kind", PropertyType.Vocabulary, "What sort of partnership it is.", Vocabularies.PartnershipKind),
                new("tier", PropertyType.Vocabulary, "Where it sits in the planning structure.", Vocabularies.Tier),
                new("statutory", PropertyType.Boolean, "Whether the law requires it."),
            ]),
        new(ThematicGroup,
            "A sub-group of a partnership: a thematic group, a development group, a ward or locality meeting.",
            [
                new("tier", PropertyType.Vocabulary, "Where it sits in the planning structure (thematic when not given).", Vocabularies.Tier),
            ]),
        new(NodeLabels.Delegate,
            "A person who holds a seat on behalf of someone.",
            [
                new("role", PropertyType.Text, "Free text: \"Third Sector Delegate\", \"Chief Executive\"."),
                new("status", PropertyType.Vocabulary, "Whether the person still serves.", Vocabularies.DelegateStatus),
                new("email", PropertyType.Text, "Personal data: exported only when asked for.", Personal: true),
                new("phone", PropertyType.Text, "Personal data: exported only when asked for.", Personal: true),
            ]),
        new(Theme,
            "A policy area or outcome: health and social care, children and young people, poverty, community safety, housing, employability, environment.",
            [new("description", PropertyType.Text, "What the theme covers.")]),
        new(BeneficiaryGroup,
            "A community of interest that organisations serve and that may or may not have a voice: carers, parents of under-fives, disabled people, older people.",
            [new("description", PropertyType.Text, "Who the group is.")]),
        new(Area,
            "A place: country, local authority, locality, ward, neighbourhood.",
            [
                new("kind", PropertyType.Vocabulary, "What sort of place it is.", Vocabularies.AreaKind),
                new("code", PropertyType.Text, "A GSS/ONS code such as S12000010."),
            ]),
        new(Grant,
            "One award of money, shaped after the 360Giving data standard.",
            [
                new("title", PropertyType.Text, "The grant's title."),
                new("description", PropertyType.Text, "What it pays for."),
                new("amountAwarded", PropertyType.Number, "The amount awarded."),
                new("currency", PropertyType.Text, "ISO 4217 currency code (GBP when not given)."),
                new("awardDate", PropertyType.Date, "When it was awarded."),
                new("plannedStart", PropertyType.Date, "When the funded work is planned to start."),
                new("plannedEnd", PropertyType.Date, "When the funded work is planned to end."),
                new("programme", PropertyType.Text, "The funder's grant programme."),
            ]),
    ];

    private static readonly PropertySpec SeatProperty =
        new("seat", PropertyType.Vocabulary, "The kind of seat.", Vocabularies.Seat);

    private static readonly PropertySpec EngagementProperty =
        new("engagement", PropertyType.Vocabulary, "How much the seat can influence.", Vocabularies.Engagement);

    private static readonly string[] Bodies = [Partnership, ThematicGroup];

    public static IReadOnlyList<RelationshipSpec> Relationships { get; } =
    [
        new(RelationshipTypes.SitsOn, "A delegate's seat on a body.",
            [NodeLabels.Delegate], Bodies, Dated: true, [SeatProperty, EngagementProperty]),
        new(RelationshipTypes.MemberOf, "An organisation's own seat on a body, or its membership of a TSI or network.",
            [Organisation], [Partnership, ThematicGroup, Organisation], Dated: true, [SeatProperty, EngagementProperty]),
        new(RelationshipTypes.Represents, "On whose behalf the delegate speaks: the TSI, their own organisation, or a community of interest.",
            [NodeLabels.Delegate], [Organisation, BeneficiaryGroup], Dated: true,
            [new("mandate", PropertyType.Vocabulary, "How the delegate got the mandate.", Vocabularies.Mandate)]),
        new(RelationshipTypes.AffiliatedWith, "Where the delegate works or volunteers.",
            [NodeLabels.Delegate], [Organisation], Dated: true,
            [new("role", PropertyType.Text, "Employee, chief executive, trustee, volunteer.")]),
        new(RelationshipTypes.PartOf, "A sub-group belongs to a partnership.", [ThematicGroup], [Partnership], Dated: false, []),
        new(RelationshipTypes.ReportsTo, "A body reports to a partnership.", Bodies, [Partnership], Dated: true, []),
        new(RelationshipTypes.Covers, "The body's remit.", Bodies, [Theme, Area, BeneficiaryGroup], Dated: false, []),
        new(RelationshipTypes.WorksOn, "The organisation works on the theme.", [Organisation], [Theme], Dated: false, []),
        new(RelationshipTypes.Serves, "The organisation serves the group.", [Organisation], [BeneficiaryGroup], Dated: false, []),
        new(RelationshipTypes.OperatesIn, "The organisation works in the area.", [Organisation], [Area], Dated: false, []),
        new(RelationshipTypes.Within, "The area lies within a larger one.", [Area], [Area], Dated: false, []),
        new(RelationshipTypes.FundedBy, "The grant's funder.", [Grant], [Organisation], Dated: false, []),
        new(RelationshipTypes.ReceivedBy, "The grant's recipient.", [Grant], [Organisation], Dated: false, []),
        new(RelationshipTypes.ForTheme, "What the grant is for.", [Grant], [Theme], Dated: false, []),
        new(RelationshipTypes.Benefits, "Where or whom the grant benefits.", [Grant], [Area, BeneficiaryGroup], Dated: false, []),
    ];

    private static readonly Dictionary<string, LabelSpec> LabelsByName =
        Labels.ToDictionary(l => l.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, RelationshipSpec> RelationshipsByName =
        Relationships.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static LabelSpec? FindLabel(string name) => LabelsByName.GetValueOrDefault(name);

    public static RelationshipSpec? FindRelationship(string name) => RelationshipsByName.GetValueOrDefault(name);

    public static bool IsValidId(string id) => IdRegex().IsMatch(id);

    public static bool IsValidAttributeName(string name) => AttributeNameRegex().IsMatch(name);

    /// <summary>The personal-data property names of a label (empty for most).</summary>
    public static IEnumerable<string> PersonalProperties(string label) =>
        FindLabel(label)?.Properties.Where(p => p.Personal).Select(p => p.Name) ?? [];

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    [GeneratedRegex(AttributeNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex AttributeNameRegex();
}
