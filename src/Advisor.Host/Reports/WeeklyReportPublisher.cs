using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Advisor.Host.Daemon;
using Advisor.Host.Publishing;
using Advisor.Storage;
using Advisor.Storage.Reports;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Reports;

/// <summary>
/// Produces the weekly report: builds it from the store, renders Markdown, HTML, CSV and JSON, writes them to
/// <c>&lt;data-dir&gt;/reports/&lt;yyyy-MM-dd&gt;/</c>, saves them in the archive, then posts the optional webhook.
/// </summary>
public sealed class WeeklyReportPublisher(
    WeeklyReportBuilder builder,
    IAdvisorStore store,
    RunFiles files,
    ReportWebhook webhook,
    ILogger<WeeklyReportPublisher> logger)
{
    /// <summary>The Hangfire job the weekly Quartz trigger enqueues.</summary>
    public Task WeeklyAsync(CancellationToken cancellationToken) => PublishAsync(null, cancellationToken);

    /// <summary>Where a report generated at <paramref name="generatedAt"/> is written: <c>&lt;data-dir&gt;/reports/&lt;yyyy-MM-dd&gt;/</c>.</summary>
    public static string DirectoryFor(string dataDirectory, DateTimeOffset generatedAt) =>
        Path.Combine(dataDirectory, "reports", generatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Publishes only while the archive is empty: the first report right after the first cycle. Null when one exists.</summary>
    public async Task<ReportRecord?> PublishFirstAsync(string runId, CancellationToken cancellationToken) =>
        await store.Reports.GetLatestAsync(cancellationToken) is null ? await PublishAsync(runId, cancellationToken) : null;

    public async Task<ReportRecord> PublishAsync(string? runId, CancellationToken cancellationToken)
    {
        var report = await builder.BuildAsync(runId, cancellationToken);
        var record = new ReportRecord(
            "report-" + report.GeneratedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)),
            report.GeneratedAt, report.PeriodStart, report.PeriodEnd, runId,
            WeeklyReportMarkdown.Render(report),
            WeeklyReportHtml.Render(report),
            WeeklyReportCsv.Render(report),
            JsonSerializer.Serialize(report, RecommendationsDocument.JsonOptions));

        var dir = Directory.CreateDirectory(DirectoryFor(files.DataDirectory, report.GeneratedAt)).FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "report.md"), record.Markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "report.html"), record.Html, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "report.csv"), record.Csv, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "report.json"), record.Json, cancellationToken);
        await store.Reports.SaveAsync(record, cancellationToken);
        logger.LogInformation("Weekly report {ReportId} written to {Directory}: {Open} open, {New} new, {Resolved} resolved",
            record.Id, dir, report.OpenCount, report.New.Count, report.Resolved.Count);

        await webhook.PostAsync(report, cancellationToken);
        return record;
    }
}
