using System.Data.Common;

namespace Advisor.Storage.Sql;

/// <summary>
/// The small seam between the two databases: how to connect, how a time or an amount is written, how a write
/// transaction serialises writers, and where the dialect's migrations live. Everything else is shared SQL.
/// </summary>
internal interface ISqlDialect : IAsyncDisposable
{
    StorageProvider Provider { get; }

    /// <summary>Prefix of the embedded migration resources, e.g. <c>Migrations.Sqlite.</c>.</summary>
    string MigrationFolder { get; }

    /// <summary>Expression ordering and comparing <c>monthly_savings</c> numerically.</summary>
    string SavingsExpression { get; }

    /// <summary>
    /// "column is one of the array parameter" (Why: Dapper expands <c>IN @list</c> for SQLite but hands Npgsql a real array,
    /// which PostgreSQL only accepts as <c>= ANY(@list)</c>).
    /// </summary>
    string InList(string column, string parameter);

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that holds the writer lock from its first statement (no upgrade deadlocks).</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Starts the migration transaction, holding a lock that other processes migrating the same database wait on.</summary>
    Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Refreshes the planner's statistics of the recommendations table after a merge changed it.</summary>
    Task RefreshStatisticsAsync(DbConnection connection, CancellationToken cancellationToken);

    object? Time(DateTimeOffset? value);

    object? Money(decimal? value);
}
