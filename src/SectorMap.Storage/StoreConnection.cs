using SectorMap.Core.Storage;

namespace SectorMap.Storage;

/// <summary>
/// Which store to use (CLI.md, Store selection): <c>sqlite:&lt;path&gt;</c> or <c>neo4j:http://host:7474</c>,
/// from <c>--store</c>, else <c>SECTORMAP_STORE</c>, else the default SQLite file that the CLI
/// and the web app share.
/// </summary>
public sealed record StoreConnection(StoreKind Kind, string Target)
{
    public const string EnvironmentVariable = "SECTORMAP_STORE";

    /// <summary>Neo4j user and password; never part of <see cref="ToString"/> or any message.</summary>
    public string User { get; init; } = "neo4j";

    public string? Password { get; init; }

    public string Database { get; init; } = "neo4j";

    public override string ToString() => $"{(Kind == StoreKind.Sqlite ? "sqlite" : "neo4j")}:{Target}";

    /// <exception cref="ArgumentException">The text names no store this version knows; the message says what is accepted.</exception>
    public static StoreConnection Parse(string text)
    {
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) && text.Length > "sqlite:".Length)
        {
            return new StoreConnection(StoreKind.Sqlite, text["sqlite:".Length..]);
        }

        if (text.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(text["neo4j:".Length..], UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https")
        {
            return new StoreConnection(StoreKind.Neo4j, uri.ToString().TrimEnd('/'));
        }

        throw new ArgumentException($"unknown store \"{text}\": use sqlite:<path> or neo4j:http://host:7474");
    }

    /// <summary>The flag's value, else the environment's, else the default file; Neo4j credentials likewise.</summary>
    public static StoreConnection Resolve(string? flag, Func<string, string?>? environment = null, string? user = null, string? password = null, string? database = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var text = string.IsNullOrWhiteSpace(flag) ? environment(EnvironmentVariable) : flag;
        var connection = string.IsNullOrWhiteSpace(text) ? new StoreConnection(StoreKind.Sqlite, DefaultSqlitePath(environment)) : Parse(text);
        return connection with
        {
            User = First(user, environment("SECTORMAP_NEO4J_USER")) ?? "neo4j",
            Password = First(password, environment("SECTORMAP_NEO4J_PASSWORD")),
            Database = First(database, environment("SECTORMAP_NEO4J_DATABASE")) ?? "neo4j",
        };
    }

    /// <summary><c>$SECTORMAP_DATA/sectormap.db</c>, else under <c>$XDG_DATA_HOME/sectormap/</c> or <c>~/.local/share/sectormap/</c>.</summary>
    public static string DefaultSqlitePath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var folder = environment("SECTORMAP_DATA");
        if (string.IsNullOrWhiteSpace(folder))
        {
            var xdg = environment("XDG_DATA_HOME");
            var dataHome = string.IsNullOrWhiteSpace(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
                : xdg;
            folder = Path.Combine(dataHome, "sectormap");
        }

        return Path.Combine(folder, "sectormap.db");
    }

    /// <summary>Opens the store. A Neo4j store is reached on first use, not here.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be opened, or Neo4j has no password to use.</exception>
    public IGraphStore Open(TimeProvider? time = null) => Kind switch
    {
        StoreKind.Sqlite => Sqlite.SqliteGraphStore.Open(Target),
        _ => new Neo4j.Neo4jGraphStore(Neo4jSettings(), time),
    };

    public Neo4j.Neo4jSettings Neo4jSettings() =>
        new(new Uri(Target), User, Password ?? throw new StoreUnavailableException($"no password for Neo4j at {Target}: give --neo4j-password or set SECTORMAP_NEO4J_PASSWORD"), Database);

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
