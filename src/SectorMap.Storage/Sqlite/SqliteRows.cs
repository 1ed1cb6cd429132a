using Microsoft.Data.Sqlite;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Model;

namespace SectorMap.Storage.Sqlite;

/// <summary>Rows to model records and back: the column lists and readers every query shares.</summary>
internal static class SqliteRows
{
    public const string NodeColumns = "id, label, name, properties";
    public const string RelationshipColumns = "type, from_id, to_id, since, until, properties";

    public static GraphNode ReadNode(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), PropertyBagJson.Deserialize(reader.GetString(3)));

    public static GraphRelationship ReadRelationship(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        ToDate(reader.GetString(3)),
        reader.IsDBNull(4) ? null : ToDate(reader.GetString(4)),
        PropertyBagJson.Deserialize(reader.GetString(5)));

    public static string FromDate(DateOnly? date) => date is { } d ? DateFormat.Format(d) : string.Empty;

    private static DateOnly? ToDate(string text) => text.Length == 0 ? null : DateOnly.ParseExact(text, DateFormat.Iso, System.Globalization.CultureInfo.InvariantCulture);
}
