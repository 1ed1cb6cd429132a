using SectorMap.Core.Schema;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// The statement shapes of the Neo4j store, one per label or relationship type. Labels and types
/// are written into the text only after checking them against the model's closed lists; every
/// value travels as a parameter.
/// </summary>
internal static class Neo4jCypher
{
    /// <summary>Upsert nodes keyed by id: <c>$rows</c> of <c>{id, p}</c>; SET += keeps what a row leaves out.</summary>
    public static string MergeNodes(string label) =>
        $"UNWIND $rows AS row MERGE (n:{Label(label)} {{id: row.id}}) SET n += row.p";

    /// <summary>
    /// New nodes: <c>$rows</c> of <c>{id, p}</c>. CREATE, not MERGE, for nodes the writer has just read,
    /// in the same transaction, not to exist; the uniqueness constraint on id still refuses a
    /// duplicate should another writer have created one meanwhile.
    /// </summary>
    public static string CreateNodes(string label) =>
        $"UNWIND $rows AS row CREATE (n:{Label(label)} {{id: row.id}}) SET n += row.p";

    public static string ExistingNodes(string label) =>
        $"UNWIND $ids AS id MATCH (n:{Label(label)} {{id: id}}) RETURN properties(n)";

    /// <summary>
    /// New relationships: <c>$rows</c> of <c>{f, t, s, p}</c>. CREATE, not MERGE: the writer has just
    /// read, in the same transaction, that they do not exist, and MERGE into a hub (a theme that
    /// thousands of organisations work on) would scan the hub's relationships for every row.
    /// </summary>
    public static string CreateRelationships(string type, string from, string to) =>
        $"UNWIND $rows AS row MATCH (a:{Label(from)} {{id: row.f}}) MATCH (b:{Label(to)} {{id: row.t}}) " +
        $"CREATE (a)-[r:{Type(type)}{Key(type, "row")}]->(b) SET r += row.p";

    /// <summary>Changed relationships, matched by their key (type, from, to, since).</summary>
    public static string MergeRelationships(string type, string from, string to) =>
        $"UNWIND $rows AS row MATCH (a:{Label(from)} {{id: row.f}}) MATCH (b:{Label(to)} {{id: row.t}}) " +
        $"MERGE (a)-[r:{Type(type)}{Key(type, "row")}]->(b) SET r += row.p";

    public static string ExistingRelationships(string type, string from, string to) =>
        $"UNWIND $keys AS k MATCH (a:{Label(from)} {{id: k.f}})-[r:{Type(type)}{Key(type, "k")}]->(b:{Label(to)} {{id: k.t}}) RETURN k.f, k.t, properties(r)";

    /// <summary>
    /// The start-date key of a dated type (the same delegate may sit on a board in two terms); an
    /// undated type is identified by its ends alone and carries no key property at all.
    /// </summary>
    private static string Key(string type, string row) =>
        GraphModel.FindRelationship(type)!.Dated ? $" {{{Neo4jRows.SinceKey}: {row}.s}}" : string.Empty;

    private static string Label(string label) =>
        GraphModel.FindLabel(label)?.Name ?? throw new ArgumentException($"\"{label}\" is not a label of the model", nameof(label));

    private static string Type(string type) =>
        GraphModel.FindRelationship(type)?.Name ?? throw new ArgumentException($"\"{type}\" is not a relationship type of the model", nameof(type));
}
