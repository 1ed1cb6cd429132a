using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange.Json;

/// <summary>Locates an element of an interchange JSON file as <c>file#/nodes/3/kind</c> (a JSON Pointer).</summary>
internal sealed class JsonLocator(string fileName, string section) : ISourceLocator
{
    /// <summary>The section's own array, for a problem with the array as a whole.</summary>
    public string Section => $"{fileName}#/{section}";

    public string Locate(int position, string? field) =>
        field is null ? $"{fileName}#/{section}/{position}" : $"{fileName}#/{section}/{position}/{Escape(field)}";

    /// <summary>RFC 6901: '~' becomes "~0" and '/' becomes "~1".</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
