namespace Advisor.Storage.Reports;

/// <summary>A published report in every format, kept so the API can serve the latest and older ones.</summary>
public sealed record ReportRecord(
    string Id,
    DateTimeOffset GeneratedAt,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    string? RunId,
    string Markdown,
    string Html,
    string Csv,
    string Json);

/// <summary>The report archive.</summary>
public interface IReportArchive
{
    Task SaveAsync(ReportRecord report, CancellationToken cancellationToken = default);

    Task<ReportRecord?> GetLatestAsync(CancellationToken cancellationToken = default);

    Task<ReportRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first, without bodies' size limits (callers page by <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<ReportRecord>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
