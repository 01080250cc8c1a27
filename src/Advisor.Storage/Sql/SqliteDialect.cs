using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Advisor.Storage.Sql;

/// <summary>SQLite: one file, WAL journal, a busy timeout so concurrent writers wait instead of failing.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    /// <summary>Why 30 s: a merge of a large estate holds the writer lock for seconds; waiting beats failing a run.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;

    public SqliteDialect(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        DatabasePath = Path.GetFullPath(Path.Combine(dataDirectory, "advisor.db"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string DatabasePath { get; }

    public StorageProvider Provider => StorageProvider.Sqlite;

    public string MigrationFolder => "Migrations.Sqlite.";

    public string SavingsExpression => "CAST(monthly_savings AS REAL)";

    public string InList(string column, string parameter) => column + " IN @" + parameter;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // Why: busy_timeout is per connection; WAL persists in the file but setting it again is a cheap no-op.
            pragma.CommandText = "PRAGMA busy_timeout = " + BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Why: deferred: false is BEGIN IMMEDIATE, taking the write lock up front (no SQLITE_BUSY on upgrade mid-transaction).
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    /// <summary>
    /// Why: without statistics SQLite's planner filters a listing on the status index and then sorts every matching row, documents
    /// included (19 ms for the first page of 5,000 in docs/benchmarks.md); after ANALYZE it walks the savings index and stops at the page.
    /// </summary>
    public async Task RefreshStatisticsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE recommendations";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            // Why: journal_mode cannot change inside a transaction, so it is set before BEGIN IMMEDIATE.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    public object? Time(DateTimeOffset? value) => value is { } time ? DbValues.TimeText(time) : null;

    public object? Money(decimal? value) => value is { } amount ? DbValues.MoneyText(amount) : null;

    public ValueTask DisposeAsync()
    {
        // Why: pooled connections keep the file open; clearing this file's pool lets callers delete or move it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
