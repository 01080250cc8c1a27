using Advisor.Storage.Audit;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Advisor.Storage.Runs;

namespace Advisor.Storage;

/// <summary>The whole store behind one database (SQLite or PostgreSQL, same schema, same behaviour).</summary>
public interface IAdvisorStore : IAsyncDisposable
{
    IRecommendationStore Recommendations { get; }
    IRunStore Runs { get; }
    IReportArchive Reports { get; }
    IAuditLog Audit { get; }
    IActionJournal Journal { get; }

    /// <summary>Applies pending versioned migrations (idempotent; safe for several replicas starting at once).</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the database answers a trivial query (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
