namespace SectorMap.Core.Schema;

/// <summary>Which sector an organisation's kind implies (SCHEMA.md, Organisation.kind).</summary>
public static class SectorInference
{
    private static readonly HashSet<string> PublicKinds =
        ["local-authority", "health-board", "nhs-trust", "police", "fire", "government", "education"];

    /// <returns>The implied sector, or null for a kind outside the vocabulary.</returns>
    public static string? FromKind(string kind)
    {
        if (!Vocabularies.OrganisationKind.Contains(kind))
        {
            return null;
        }

        return PublicKinds.Contains(kind) ? "public" : kind == "business" ? "private" : "third";
    }
}
