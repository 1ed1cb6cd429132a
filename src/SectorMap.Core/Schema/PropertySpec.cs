namespace SectorMap.Core.Schema;

/// <summary>A property the model defines for a label or relationship type.</summary>
/// <param name="Name">camelCase name as it appears in files and stores.</param>
/// <param name="Type">Its value type.</param>
/// <param name="Description">One line for the reference and the JSON Schema.</param>
/// <param name="Allowed">The closed vocabulary when <paramref name="Type"/> is Vocabulary.</param>
/// <param name="Personal">Personal data: dropped from exports unless asked for (SCHEMA.md).</param>
public sealed record PropertySpec(
    string Name,
    PropertyType Type,
    string Description,
    IReadOnlyList<string>? Allowed = null,
    bool Personal = false);
