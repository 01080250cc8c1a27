using System.Globalization;
using System.Security.Cryptography;
using Advisor.Core.Analysis;
using Advisor.Host.Cycle;
using Advisor.Host.Daemon;
using Advisor.Host.Reports;
using Advisor.Storage;
using Advisor.Storage.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Remediation;

/// <summary>
/// What <c>apply</c> shares with the daemon around remediation: the cycle merged into the store as a run (trigger <c>apply</c>),
/// so that a succeeded action can mark its recommendation Applied, and a report published afterwards with the actions section.
/// </summary>
internal static class ApplyRun
{
    public const string Trigger = "apply";

    /// <summary>Records a run for <paramref name="result"/>, merges its recommendations like the daemon does, and returns the run id.</summary>
    public static async Task<string> MergeAsync(IAdvisorStore store, CycleResult result, IReadOnlyList<IAnalyzer> analyzers, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var runId = "run-" + started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var run = new RunRecord { Id = runId, StartedAt = started, State = RunState.Running, Trigger = Trigger, RequestedBy = "cli" };
        await store.Runs.StartAsync(run, ct);
        var outcome = await store.Recommendations.MergeAsync(RunMergeBuilder.Build(runId, result, analyzers), ct);
        var partial = result.AnalyzerFailures.Count > 0;
        await store.Runs.UpdateAsync(run with
        {
            State = partial ? RunState.PartiallySucceeded : RunState.Succeeded,
            FinishedAt = time.GetUtcNow(),
            Scopes = RunMergeBuilder.Summaries(result.Snapshots, new Dictionary<string, string>(), []),
            Recommendations = result.Recommendations.Count,
            Created = outcome.Created.Count + outcome.Reopened.Count,
            Resolved = outcome.Resolved.Count,
            TotalMonthlySavings = result.TotalMonthlySavings,
            Error = partial ? string.Join("; ", result.AnalyzerFailures.Select(f => $"analyzer {f.AnalyzerId} on {f.Scope}: {f.Error}")) : null,
        }, ct);
        return runId;
    }

    /// <summary>
    /// Publishes a report (Markdown, HTML, CSV, JSON under <c>&lt;data-dir&gt;/reports/&lt;date&gt;/</c>, and in the archive) and
    /// returns its directory. Why no webhook: the chat message announces the weekly report, not every apply.
    /// </summary>
    public static async Task<string> PublishReportAsync(
        IAdvisorStore store, string dataDirectory, IConfiguration configuration, ILoggerFactory loggerFactory, string runId, CancellationToken ct)
    {
        var options = configuration.GetSection(ReportsOptions.SectionName).Get<ReportsOptions>() ?? new ReportsOptions();
        options.Webhook.Url = null;
        var wrapped = Options.Create(options);
        await using var http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var publisher = new WeeklyReportPublisher(
            new WeeklyReportBuilder(store, wrapped, TimeProvider.System), store, new RunFiles(dataDirectory),
            new ReportWebhook(http.GetRequiredService<IHttpClientFactory>(), wrapped, loggerFactory.CreateLogger<ReportWebhook>()),
            loggerFactory.CreateLogger<WeeklyReportPublisher>());
        var record = await publisher.PublishAsync(runId, ct);
        return Path.GetFullPath(WeeklyReportPublisher.DirectoryFor(dataDirectory, record.GeneratedAt));
    }
}
