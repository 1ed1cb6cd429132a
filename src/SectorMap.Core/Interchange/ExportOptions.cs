using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Interchange;

/// <summary>What an export may contain beyond the graph's public data.</summary>
/// <param name="IncludePersonal">Delegate email and phone (SCHEMA.md, Personal data): off unless asked for.</param>
public sealed record ExportOptions(bool IncludePersonal = false)
{
    public static ExportOptions Default { get; } = new();

    /// <summary>The properties of a node an export may show: all of them, less personal data unless asked for.</summary>
    public PropertyBag PropertiesOf(GraphNode node) =>
        IncludePersonal || node.Label != NodeLabels.Delegate
            ? node.Properties
            : node.Properties.Without(GraphModel.PersonalProperties(node.Label));
}
