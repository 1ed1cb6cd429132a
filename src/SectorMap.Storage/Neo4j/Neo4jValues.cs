using System.Text.Json;
using SectorMap.Core.Model;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// Property values to Cypher parameters and back. Lists are lists, numbers are numbers (Neo4j
/// keeps integers as longs and the rest as doubles; the model allows no more precision than that),
/// dates are ISO strings.
/// </summary>
internal static class Neo4jValues
{
    public static void Write(Utf8JsonWriter writer, PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyKind.String: writer.WriteStringValue(value.AsString()); break;
            case PropertyKind.Number: writer.WriteNumberValue(value.AsNumber()); break;
            case PropertyKind.Boolean: writer.WriteBooleanValue(value.AsBoolean()); break;
            default:
                writer.WriteStartArray();
                foreach (var item in value.AsList())
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
        }
    }

    /// <returns>The value, or null for a JSON null or a shape the model does not have.</returns>
    public static PropertyValue? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => PropertyValue.Of(element.GetString()!),
        JsonValueKind.Number => PropertyValue.Of(element.TryGetDecimal(out var d) ? d : (decimal)element.GetDouble()),
        JsonValueKind.True => PropertyValue.Of(true),
        JsonValueKind.False => PropertyValue.Of(false),
        JsonValueKind.Array => PropertyValue.Of(element.EnumerateArray().Select(e => e.ToString())),
        _ => null,
    };
}
