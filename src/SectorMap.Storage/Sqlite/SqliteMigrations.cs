using Microsoft.Data.Sqlite;
using SectorMap.Core.Storage;

namespace SectorMap.Storage.Sqlite;

/// <summary>
/// The store's schema, as numbered migrations recorded in <c>PRAGMA user_version</c>. A new
/// version appends a script; old files are brought forward on open, in one transaction.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Scripts =
    [
        // 1: the graph. Properties are one JSON object per row; since is '' for "from the
        // beginning" so that it can be part of the relationship's key.
        """
        CREATE TABLE nodes (
            id         TEXT NOT NULL PRIMARY KEY,
            label      TEXT NOT NULL,
            name       TEXT NOT NULL,
            properties TEXT NOT NULL,
            version    INTEGER NOT NULL DEFAULT 1
        ) WITHOUT ROWID;
        CREATE TABLE relationships (
            type       TEXT NOT NULL,
            from_id    TEXT NOT NULL,
            to_id      TEXT NOT NULL,
            since      TEXT NOT NULL DEFAULT '',
            until      TEXT,
            properties TEXT NOT NULL,
            version    INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (type, from_id, to_id, since)
        ) WITHOUT ROWID;
        """ + CreateSecondaryIndexes,
    ];

    /// <summary>The indexes beside the primary keys. A bulk load into an empty store drops them and
    /// builds them once afterwards, inside the same transaction.</summary>
    public const string CreateSecondaryIndexes = """
        CREATE INDEX IF NOT EXISTS nodes_label_name ON nodes (label, name COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS relationships_from ON relationships (from_id);
        CREATE INDEX IF NOT EXISTS relationships_to ON relationships (to_id);
        """;

    public const string DropSecondaryIndexes = """
        DROP INDEX IF EXISTS nodes_label_name;
        DROP INDEX IF EXISTS relationships_from;
        DROP INDEX IF EXISTS relationships_to;
        """;

    public static int Latest => Scripts.Length;

    public static void Apply(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new StoreUnavailableException(
                $"{path} was written by a newer SectorMap (store schema {current}; this version knows up to {Latest})");
        }

        if (current == Latest)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        for (var version = current + 1; version <= Latest; version++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Scripts[version - 1] + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
