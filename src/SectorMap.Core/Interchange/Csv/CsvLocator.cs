using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange.Csv;

/// <summary>Locates a cell of a CSV file as <c>file:line:column</c>.</summary>
internal sealed class CsvLocator(string fileName, IReadOnlyDictionary<string, int> columnByField) : ISourceLocator
{
    /// <param name="position">The line the record starts on.</param>
    /// <param name="field">The property; a field with no column of its own points at column 1.</param>
    public string Locate(int position, string? field) =>
        $"{fileName}:{position}:{(field is not null && columnByField.TryGetValue(field, out var column) ? column : 1)}";
}
