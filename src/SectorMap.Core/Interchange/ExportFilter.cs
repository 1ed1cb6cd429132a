using SectorMap.Core.Model;

namespace SectorMap.Core.Interchange;

/// <summary>Applies <see cref="ExportOptions"/> to what a writer is about to write.</summary>
internal static class ExportFilter
{
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
