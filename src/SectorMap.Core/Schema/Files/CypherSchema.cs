using System.Text;
using System.Text.RegularExpressions;

namespace SectorMap.Core.Schema.Files;

/// <summary>
/// The Cypher schema statements per Neo4j generation: a uniqueness constraint on <c>id</c> for
/// every label, which also indexes it for MATCH and MERGE. No index on <c>name</c>: name search is
/// a CONTAINS, which such an index cannot serve, and every import would pay to keep it up to date.
/// 3.x accepts an existing constraint again without error; 4.4+ says IF NOT EXISTS.
/// </summary>
public static partial class CypherSchema
{
    public static string FileName(Neo4jGeneration generation) =>
        generation == Neo4jGeneration.V3 ? "neo4j-3.x.cypher" : "neo4j-4.4-5.x.cypher";

    public static IReadOnlyList<string> Statements(Neo4jGeneration generation) =>
        GraphModel.Labels.Select(label => generation == Neo4jGeneration.V3
            ? $"CREATE CONSTRAINT ON (n:{label.Name}) ASSERT n.id IS UNIQUE"
            : $"CREATE CONSTRAINT {Snake(label.Name)}_id IF NOT EXISTS FOR (n:{label.Name}) REQUIRE n.id IS UNIQUE").ToList();

    public static string Generate(Neo4jGeneration generation)
    {
        var text = new StringBuilder();
        text.Append("// SectorMap graph schema for Neo4j ")
            .Append(generation == Neo4jGeneration.V3 ? "3.x" : "4.4 and 5.x")
            .Append(". Generated from the C# model (SectorMap.Core/Schema); do not edit by hand.\n")
            .Append("// Every label gets a uniqueness constraint on id, which also indexes it for MATCH and MERGE.\n");
        foreach (var statement in Statements(generation))
        {
            text.Append(statement).Append(";\n");
        }

        return text.ToString();
    }

    private static string Snake(string label) => CamelBoundary().Replace(label, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
