using System.CommandLine;
using SectorMap.Core.Storage;
using SectorMap.Storage;

namespace SectorMap.Cli;

/// <summary>Store selection, accepted by every command (CLI.md, Store selection).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Store = new("--store")
    {
        Description = "sqlite:<path> or neo4j:http://host:7474 (default: $SECTORMAP_STORE, else the shared SQLite file)",
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jUser = new("--neo4j-user") { Description = "Neo4j user (or SECTORMAP_NEO4J_USER)", Recursive = true };

    public static readonly Option<string?> Neo4jPassword = new("--neo4j-password") { Description = "Neo4j password (or SECTORMAP_NEO4J_PASSWORD)", Recursive = true };

    public static readonly Option<string?> Neo4jDatabase = new("--neo4j-database") { Description = "Neo4j database on 4.x and later (default neo4j)", Recursive = true };

    public static IEnumerable<Option> All => [Store, Neo4jUser, Neo4jPassword, Neo4jDatabase];

    /// <summary>Which store the command line names; a malformed one is a usage error.</summary>
    public static StoreConnection ResolveStore(ParseResult parse, CliContext context) => ResolveStore(parse, context, parse.GetValue(Store));

    /// <summary>A store named by text (--store, --from, --to), with the Neo4j credentials of the command line or environment.</summary>
    public static StoreConnection ResolveStore(ParseResult parse, CliContext context, string? text)
    {
        try
        {
            return StoreConnection.Resolve(text, context.Environment, parse.GetValue(Neo4jUser), parse.GetValue(Neo4jPassword), parse.GetValue(Neo4jDatabase));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    /// <summary>True when neither --store nor SECTORMAP_STORE chose the store: the shared default file.</summary>
    public static bool IsDefaultStore(ParseResult parse, CliContext context) =>
        string.IsNullOrWhiteSpace(parse.GetValue(Store)) && string.IsNullOrWhiteSpace(context.Environment(StoreConnection.EnvironmentVariable));

    /// <exception cref="StoreUnavailableException">As the store says.</exception>
    public static IGraphStore OpenStore(StoreConnection connection, CliContext context) => connection.Open(context.Time);
}
