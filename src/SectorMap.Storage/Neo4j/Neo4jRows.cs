using System.Text.Json;
using SectorMap.Core.Model;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// Model records to Neo4j properties and back. A node keeps <c>id</c> and <c>name</c> beside its
/// properties; a relationship keeps <c>since</c> and <c>until</c> beside its own, plus <c>_since</c>
/// (the start date, or "" for "from the beginning") because MERGE cannot match on a missing value.
/// Properties starting with '_' belong to the store and never reach the model.
/// </summary>
internal static class Neo4jRows
{
    public const string SinceKey = "_since";

    public static GraphNode Node(string label, JsonElement properties)
    {
        string id = string.Empty, name = string.Empty;
        var bag = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var property in properties.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id": id = property.Value.GetString()!; break;
                case "name": name = property.Value.GetString()!; break;
                default:
                    if (!property.Name.StartsWith('_') && Neo4jValues.Read(property.Value) is { } value)
                    {
                        bag.Add(new(property.Name, value));
                    }

                    break;
            }
        }

        return new GraphNode(id, label, name, PropertyBag.From(bag));
    }

    public static GraphRelationship Relationship(string type, string from, string to, JsonElement properties)
    {
        DateOnly? since = null, until = null;
        var bag = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var property in properties.EnumerateObject())
        {
            switch (property.Name)
            {
                case "since": since = Date(property.Value); break;
                case "until": until = Date(property.Value); break;
                default:
                    if (!property.Name.StartsWith('_') && Neo4jValues.Read(property.Value) is { } value)
                    {
                        bag.Add(new(property.Name, value));
                    }

                    break;
            }
        }

        return new GraphRelationship(type, from, to, since, until, PropertyBag.From(bag));
    }

    public static string SinceValue(DateOnly? since) => since is { } date ? DateFormat.Format(date) : string.Empty;

    /// <summary>Writes a map of properties, optionally with a name and dates first.</summary>
    public static void WriteMap(Utf8JsonWriter writer, string? name, DateOnly? since, DateOnly? until, PropertyBag properties)
    {
        writer.WriteStartObject();
        if (name is not null)
        {
            writer.WriteString("name", name);
        }

        if (since is { } s)
        {
            writer.WriteString("since", DateFormat.Format(s));
        }

        if (until is { } u)
        {
            writer.WriteString("until", DateFormat.Format(u));
        }

        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            Neo4jValues.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A node's row for the UNWIND statements: <c>{id, p}</c>.</summary>
    public static void WriteNodeRow(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WritePropertyName("p");
        WriteMap(writer, node.Name, null, null, node.Properties);
        writer.WriteEndObject();
    }

    /// <summary>A relationship's row for the UNWIND statements: <c>{f, t, s, p}</c>.</summary>
    public static void WriteRelationshipRow(Utf8JsonWriter writer, GraphRelationship rel)
    {
        writer.WriteStartObject();
        writer.WriteString("f", rel.From);
        writer.WriteString("t", rel.To);
        writer.WriteString("s", SinceValue(rel.Since));
        writer.WritePropertyName("p");
        WriteMap(writer, null, rel.Since, rel.Until, rel.Properties);
        writer.WriteEndObject();
    }

    /// <summary>Rows as the array parameter <c>$rows</c>.</summary>
    public static Action<Utf8JsonWriter> Rows<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> writeRow) => writer =>
    {
        writer.WriteStartArray("rows");
        foreach (var row in rows)
        {
            writeRow(writer, row);
        }

        writer.WriteEndArray();
    };

    public static int CompareRelationships(GraphRelationship a, GraphRelationship b)
    {
        var c = string.CompareOrdinal(a.Type, b.Type);
        c = c != 0 ? c : string.CompareOrdinal(a.From, b.From);
        c = c != 0 ? c : string.CompareOrdinal(a.To, b.To);
        return c != 0 ? c : Nullable.Compare(a.Since, b.Since);
    }

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateFormat.TryParse(value.GetString()!, out var date) ? date : null;
}
