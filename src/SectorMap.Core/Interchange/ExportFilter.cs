using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Interchange;

/// <summary>Applies <see cref="ExportOptions"/> to what a writer is about to write.</summary>
internal static class ExportFilter
{
    public static PropertyBag PropertiesOf(GraphNode node, ExportOptions options) =>
        options.IncludePersonal || node.Label != NodeLabels.Delegate
            ? node.Properties
            : node.Properties.Without(GraphModel.PersonalProperties(node.Label));

    /// <summary>Model properties first, in the order SCHEMA.md lists them, then the user's attributes sorted.</summary>
    public static IEnumerable<KeyValuePair<string, PropertyValue>> InModelOrder(
        PropertyBag properties,
        IReadOnlyList<Schema.PropertySpec> specs)
    {
        foreach (var spec in specs)
        {
            if (properties.TryGetValue(spec.Name, out var value))
            {
                yield return new(spec.Name, value);
            }
        }

        foreach (var pair in properties)
        {
            if (!specs.Any(s => s.Name == pair.Key))
            {
                yield return pair;
            }
        }
    }
}
