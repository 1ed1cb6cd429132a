using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SectorMap.Core.Schema.Files;

/// <summary>
/// The JSON Schema (draft-07, which every validator reads) of the interchange file, made from
/// <see cref="GraphModel"/>. It checks what a schema can: shapes, vocabularies, the id pattern,
/// which properties a label or type has. The validator checks the rest: references, endpoint
/// labels, duplicates and calendar dates. "Not set" may be written as null or "" as the readers accept.
/// </summary>
public static class InterchangeJsonSchema
{
    public const string FileName = "interchange.schema.json";

    public static string Generate()
    {
        var definitions = new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = GraphModel.IdPattern },
            ["date"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$" },
            ["userAttribute"] = new JsonObject
            {
                ["description"] = "A user's own attribute: kept through every store and export.",
                ["type"] = new JsonArray("string", "number", "boolean", "array", "null"),
                ["items"] = new JsonObject { ["type"] = "string" },
            },
        };

        foreach (var label in GraphModel.Labels)
        {
            definitions[label.Name] = Element(label.Name, label.Description, GraphModel.NodeKeys, label.Properties, NodeKeyProperties(label));
        }

        foreach (var type in GraphModel.Relationships)
        {
            var element = Element(type.Name, $"{type.Description} From {type.DescribeEndpoints()}.", GraphModel.RelationshipKeys, type.Properties, RelationshipKeyProperties(type));
            if (!type.Dated)
            {
                element["not"] = new JsonObject { ["anyOf"] = new JsonArray(Required("since"), Required("until")) };
            }

            definitions[type.Name] = element;
        }

        definitions["node"] = new JsonObject { ["oneOf"] = Refs(GraphModel.Labels.Select(l => l.Name)) };
        definitions["relationship"] = new JsonObject { ["oneOf"] = Refs(GraphModel.Relationships.Select(r => r.Name)) };

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://sectormap.org/graph-schema/interchange.schema.json",
            ["title"] = $"SectorMap interchange file, version {GraphModel.FormatVersion}",
            ["description"] = "A whole sector graph or part of one: nodes and dated relationships (SCHEMA.md). Generated from the C# model; do not edit by hand.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["format"] = new JsonObject { ["enum"] = new JsonArray(GraphModel.FormatName) },
                ["version"] = new JsonObject { ["enum"] = new JsonArray(GraphModel.FormatVersion) },
                ["nodes"] = new JsonObject { ["type"] = "array", ["items"] = Ref("node") },
                ["relationships"] = new JsonObject { ["type"] = "array", ["items"] = Ref("relationship") },
                ["system"] = new JsonObject { ["type"] = "object", ["description"] = "What the system keeps for itself (--include-system); ignored on import." },
            },
            ["additionalProperties"] = false,
            ["anyOf"] = new JsonArray(Required("nodes"), Required("relationships")),
            ["definitions"] = definitions,
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject NodeKeyProperties(LabelSpec label) => new()
    {
        ["id"] = Ref("id"),
        ["label"] = new JsonObject { ["enum"] = new JsonArray(label.Name) },
        ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
    };

    private static JsonObject RelationshipKeyProperties(RelationshipSpec type) => new()
    {
        ["type"] = new JsonObject { ["enum"] = new JsonArray(type.Name) },
        ["from"] = Ref("id"),
        ["to"] = Ref("id"),
        ["since"] = Ref("date"),
        ["until"] = Ref("date"),
    };

    private static JsonObject Element(string name, string description, IReadOnlyList<string> keys, IReadOnlyList<PropertySpec> properties, JsonObject keyProperties)
    {
        foreach (var property in properties)
        {
            keyProperties[property.Name] = PropertySchema(property);
        }

        var element = new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["required"] = new JsonArray(keys.Where(k => k is not ("since" or "until")).Select(k => (JsonNode)k).ToArray()),
            ["properties"] = keyProperties,
            // Any other property is a user attribute with a safe name (patternProperties rather than
            // propertyNames, which validators before draft-06 ignore).
            ["patternProperties"] = new JsonObject { [GraphModel.AttributeNamePattern] = Ref("userAttribute") },
            ["additionalProperties"] = false,
        };
        if (name == NodeLabels.Organisation)
        {
            element["anyOf"] = new JsonArray(Required("sector"), Required("kind"));
            element["description"] = description + " sector is required, or a kind to infer it from.";
        }

        return element;
    }

    private static JsonObject PropertySchema(PropertySpec property)
    {
        var schema = property.Type switch
        {
            PropertyType.Number => new JsonObject { ["type"] = new JsonArray("number", "null") },
            PropertyType.Boolean => new JsonObject { ["type"] = new JsonArray("boolean", "null") },
            PropertyType.Date => Ref("date"),
            PropertyType.TextList => new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = new JsonObject { ["type"] = "string" } },
            PropertyType.Vocabulary => new JsonObject { ["enum"] = new JsonArray(property.Allowed!.Append(string.Empty).Select(v => (JsonNode)v).Append(null).ToArray()) },
            _ => new JsonObject { ["type"] = new JsonArray("string", "null") },
        };
        if (property.Type != PropertyType.Date)
        {
            schema["description"] = property.Description;
        }

        return schema;
    }

    private static JsonObject Required(string key) => new() { ["required"] = new JsonArray(key) };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/definitions/{definition}" };

    private static JsonArray Refs(IEnumerable<string> definitions) => new(definitions.Select(d => (JsonNode)Ref(d)).ToArray());
}
