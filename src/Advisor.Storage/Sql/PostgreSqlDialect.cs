using System.Data.Common;
using Npgsql;

namespace Advisor.Storage.Sql;

/// <summary>PostgreSQL through a pooled <see cref="NpgsqlDataSource"/>; writers and migrations serialise on advisory locks.</summary>
internal sealed class PostgreSqlDialect(string connectionString) : ISqlDialect
{
    /// <summary>Why: arbitrary but fixed advisory-lock keys ("ADV" + purpose), shared by every replica of the advisor.</summary>
    private const long MigrationLockKey = 0x414456_0001;
    private const long WriteLockKey = 0x414456_0002;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public StorageProvider Provider => StorageProvider.PostgreSql;

    public string MigrationFolder => "Migrations.PostgreSql.";

    public string SavingsExpression => "monthly_savings";

    public string InList(string column, string parameter) => column + " = ANY(@" + parameter + ")";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginLockedAsync(connection, WriteLockKey, cancellationToken);

    /// <summary>Why nothing: PostgreSQL's autovacuum daemon re-analyses a table once enough of its rows changed.</summary>
    public Task RefreshStatisticsAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginLockedAsync(connection, MigrationLockKey, cancellationToken);

    public object? Time(DateTimeOffset? value) => value is { } time ? DbValues.ToMicroseconds(time) : null;

    public object? Money(decimal? value) => value;

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<DbTransaction> BeginLockedAsync(DbConnection connection, long key, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // Why: a transaction-scoped advisory lock is released by COMMIT/ROLLBACK, even when the process dies.
            command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
