using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SectorMap.Storage.Sqlite;

/// <summary>
/// Inserts rows through SQLite's own prepare/bind/step/reset, binding by position. The ADO.NET
/// layer costs a few microseconds a statement (it binds parameters by name, and SQLite finds a
/// name by scanning), which is most of the time a national import of a million rows would take.
/// Runs inside the connection's open transaction.
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteBulkInsert(SqliteConnection connection, string table, params string[] columns)
    {
        _database = connection.Handle!;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
    }

    public void Add(params ReadOnlySpan<string?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] is { } value ? raw.sqlite3_bind_text(_statement, i + 1, value) : raw.sqlite3_bind_null(_statement, i + 1);
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, _database);
        }
    }

    public void Dispose() => _statement.Dispose();
}
