using Advisor.Storage.Audit;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Advisor.Storage.Runs;
using Advisor.Storage.Sql;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Storage;

/// <summary>
/// The store over one database: SQLite (<c>&lt;DataDirectory&gt;/advisor.db</c>, WAL) or PostgreSQL (pooled), same schema and
/// behaviour. Create it with <see cref="Open"/> (or <c>AddAdvisorStorage</c>), then call <see cref="MigrateAsync"/> once at start.
/// </summary>
public sealed class AdvisorStore : IAdvisorStore
{
    private readonly ISqlDialect _dialect;
    private readonly Migrator _migrator;

    private AdvisorStore(ISqlDialect dialect, decimal dismissedReturnFactor, TimeProvider timeProvider, ILogger logger)
    {
        _dialect = dialect;
        _migrator = new Migrator(dialect, timeProvider, logger);
        Recommendations = new RecommendationStore(dialect, dismissedReturnFactor);
        Runs = new RunStore(dialect);
        Reports = new ReportArchive(dialect);
        Audit = new AuditLog(dialect);
        Journal = new ActionJournal(dialect);
    }

    public IRecommendationStore Recommendations { get; }
    public IRunStore Runs { get; }
    public IReportArchive Reports { get; }
    public IAuditLog Audit { get; }
    public IActionJournal Journal { get; }

    /// <summary>The database behind this store.</summary>
    public StorageProvider Provider => _dialect.Provider;

    /// <summary>Opens (without migrating) the store the options describe; throws <see cref="ArgumentException"/> naming the bad key.</summary>
    public static AdvisorStore Open(StorageOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var failures = StorageOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        ISqlDialect dialect = options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDialect(options.DataDirectory),
            StorageProvider.PostgreSql => new PostgreSqlDialect(options.ConnectionString!),
            _ => throw new ArgumentException("Storage:Provider must be Sqlite or PostgreSql.", nameof(options)),
        };
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AdvisorStore>();
        return new AdvisorStore(dialect, options.DismissedReturnFactor, timeProvider, logger);
    }

    /// <summary>Opens the store and applies pending migrations.</summary>
    public static async Task<AdvisorStore> OpenMigratedAsync(StorageOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var store = Open(options, timeProvider, loggerFactory);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => _migrator.MigrateAsync(cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dialect.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)) == 1;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();
}
