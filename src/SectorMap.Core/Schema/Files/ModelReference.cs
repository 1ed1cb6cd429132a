using System.Text;

namespace SectorMap.Core.Schema.Files;

/// <summary>The readable reference of the model (graph-schema/README.md), made from <see cref="GraphModel"/>.</summary>
public static class ModelReference
{
    public const string FileName = "README.md";

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# SectorMap graph model, version ").Append(GraphModel.FormatVersion).Append("\n\n")
            .Append("Generated from the C# model (`src/SectorMap.Core/Schema/GraphModel.cs`) by\n")
            .Append("`dotnet run --project src/SectorMap.Cli -- schema`; a test fails when these files and the model drift apart.\n\n")
            .Append("| file | what it is |\n|---|---|\n")
            .Append("| `").Append(InterchangeJsonSchema.FileName).Append("` | JSON Schema (draft-07) of the interchange file |\n")
            .Append("| `").Append(CypherSchema.FileName(Neo4jGeneration.V3)).Append("` | uniqueness constraints on id for Neo4j 3.x |\n")
            .Append("| `").Append(CypherSchema.FileName(Neo4jGeneration.V4Plus)).Append("` | uniqueness constraints on id for Neo4j 4.4 and 5.x |\n\n")
            .Append("Every node has `id` (matching `").Append(GraphModel.IdPattern).Append("`, unique across the graph), `label` and `name`.\n")
            .Append("Dates are `YYYY-MM-DD`. Properties outside these tables are user attributes (text, number, true/false or a list of text)\n")
            .Append("with names matching `").Append(GraphModel.AttributeNamePattern).Append("`; they travel through every store and export.\n")
            .Append("An empty value means \"not set\".\n\n## Node labels\n");
        foreach (var label in GraphModel.Labels)
        {
            text.Append("\n### ").Append(label.Name).Append("\n\n").Append(label.Description).Append("\n\n");
            AppendProperties(text, label.Properties);
        }

        text.Append("\n## Relationship types\n\nA relationship is identified by (type, from, to, since). Dated types carry `since` and `until`,\n")
            .Append("both inclusive; a missing `since` means from the beginning, a missing `until` still current.\n");
        foreach (var type in GraphModel.Relationships)
        {
            text.Append("\n### ").Append(type.Name).Append("\n\n").Append(type.Description)
                .Append(" From ").Append(type.DescribeEndpoints()).Append('.')
                .Append(type.Dated ? " Dated (`since`, `until`)." : " Not dated.").Append("\n\n");
            AppendProperties(text, type.Properties);
        }

        return text.ToString();
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyList<PropertySpec> properties)
    {
        if (properties.Count == 0)
        {
            text.Append("No properties of its own.\n");
            return;
        }

        text.Append("| property | type | meaning |\n|---|---|---|\n");
        foreach (var property in properties)
        {
            var type = property.Type == PropertyType.Vocabulary
                ? "one of " + string.Join(", ", property.Allowed!.Select(a => $"`{a}`"))
                : property.Type switch
                {
                    PropertyType.Number => "number",
                    PropertyType.Boolean => "true/false",
                    PropertyType.Date => "date",
                    PropertyType.TextList => "list of text",
                    _ => "text",
                };
            text.Append("| `").Append(property.Name).Append("` | ").Append(type).Append(" | ").Append(property.Description)
                .Append(property.Personal ? " **Personal data.**" : string.Empty).Append(" |\n");
        }
    }
}
