using Advisor.Core.Analysis;
using Advisor.Host.Cycle;
using Advisor.Host.Observability;
using Advisor.Host.Publishing;
using Advisor.Host.Remediation;
using Advisor.Host.Reports;
using Advisor.Remediation.Policy;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Runs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Daemon;

/// <summary>
/// The end of a cycle: analyse the run's snapshots, merge into the store, finish the run record, refresh the metrics, write
/// <c>&lt;data-dir&gt;/latest/</c>, and produce the first weekly report when the archive is still empty. With remediation
/// enabled, a successful run then enqueues <see cref="RemediationJobs.RemediateAsync"/>, which publishes that first report after
/// the run's actions so the report shows them.
/// </summary>
public sealed class RunPublisher(
    IAdvisorStore store,
    CycleEnvironment environment,
    RunFiles files,
    MetricsRefresher refresher,
    AdvisorMetrics metrics,
    WeeklyReportPublisher reports,
    RemediationOptions remediation,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<RunPublisher> logger)
{
    /// <summary>Why 8: two days of runs at the default 6-hour schedule, enough to compare a run with the ones before it.</summary>
    private const int KeepSnapshotsOfRuns = 8;

    public async Task PublishAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await store.Runs.GetAsync(runId, cancellationToken)
            ?? throw new InvalidOperationException($"Run '{runId}' is not in the store.");
        try
        {
            var snapshots = await files.ReadSnapshotsAsync(runId, cancellationToken);
            var failures = files.ReadFailures(runId);
            var summaries = RunMergeBuilder.Summaries(snapshots, failures, environment.Scopes);
            if (snapshots.Count == 0 && environment.Scopes.Count > 0)
            {
                await FinishAsync(run with { Scopes = summaries }, RunState.Failed, "No scope could be collected: " + string.Join("; ", failures.Values), cancellationToken);
                return;
            }

            var services = environment.ServicesFor(environment.Scopes.Count > 0 ? environment.Scopes[0].Region : "us-east-1");
            var analyzers = services.GetRequiredService<AnalyzerRegistry>().All;
            var result = services.GetRequiredService<AdvisorCycle>().Analyze(snapshots);
            var merge = RunMergeBuilder.Build(runId, result, analyzers);
            var outcome = await store.Recommendations.MergeAsync(merge, cancellationToken);

            CountAnalyzers(result, analyzers);
            await CountChangesAsync(result, outcome, cancellationToken);
            var state = failures.Count > 0 || result.AnalyzerFailures.Count > 0 ? RunState.PartiallySucceeded : RunState.Succeeded;
            var error = state == RunState.Succeeded ? null : string.Join("; ",
                failures.Select(f => $"scope {f.Key}: {f.Value}").Concat(result.AnalyzerFailures.Select(f => $"analyzer {f.AnalyzerId} on {f.Scope}: {f.Error}")));
            // Why before finishing the run: whoever sees the run finished also finds its metrics, files and first report.
            await refresher.RefreshAsync(snapshots, cancellationToken);
            OutputWriter.Write(Path.Combine(files.DataDirectory, "latest"), result, groundTruth: null);
            if (!remediation.Enabled)
            {
                await PublishFirstReportAsync(runId, cancellationToken);
            }

            files.Prune(KeepSnapshotsOfRuns);
            await FinishAsync(run with
            {
                Scopes = summaries,
                Recommendations = result.Recommendations.Count,
                Created = outcome.Created.Count + outcome.Reopened.Count,
                Resolved = outcome.Resolved.Count,
                TotalMonthlySavings = result.TotalMonthlySavings,
            }, state, error, cancellationToken);
            if (remediation.Enabled)
            {
                jobs.Enqueue<RemediationJobs>(j => j.RemediateAsync(runId, CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Why: the run must end Failed with its reason, not stay Running until the next restart.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Analysing and publishing run {RunId} failed", runId);
            metrics.JobsFailed.WithLabels("analyze-publish").Inc();
            await FinishAsync(run, RunState.Failed, ex.GetType().Name + ": " + ex.Message, CancellationToken.None);
        }
    }

    private async Task FinishAsync(RunRecord run, RunState state, string? error, CancellationToken ct)
    {
        var finished = clock.GetUtcNow();
        var outcome = state.ToString();
        metrics.Cycles.WithLabels(outcome).Inc();
        metrics.CycleDuration.WithLabels(outcome).Observe(Math.Max(0, (finished - run.StartedAt).TotalSeconds));
        metrics.LastCycleTimestamp.WithLabels(outcome).Set(finished.ToUnixTimeSeconds());
        await store.Runs.UpdateAsync(run with { State = state, FinishedAt = finished, Error = error }, ct);
        logger.LogInformation("Run {RunId} finished {State} ({Recommendations} recommendations, {Created} new, {Resolved} resolved)",
            run.Id, state, run.Recommendations, run.Created, run.Resolved);
    }

    /// <summary>The archive's first report comes right after the first cycle, so the API has one before the first Monday.</summary>
    private async Task PublishFirstReportAsync(string runId, CancellationToken ct)
    {
        try
        {
            await reports.PublishFirstAsync(runId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Why not rethrow: the cycle's results are merged and published; a report problem must not mark the run failed.
            logger.LogError(ex, "The first weekly report after run {RunId} could not be produced", runId);
            metrics.JobsFailed.WithLabels("weekly-report").Inc();
        }
    }

    private void CountAnalyzers(CycleResult result, IReadOnlyList<IAnalyzer> analyzers)
    {
        foreach (var snapshot in result.Snapshots)
        {
            foreach (var analyzer in analyzers)
            {
                var failed = result.AnalyzerFailures.Any(f => f.AnalyzerId == analyzer.Descriptor.Id && f.Scope == snapshot.Scope.ToString());
                metrics.AnalyzerRuns.WithLabels(analyzer.Descriptor.Id, failed ? "error" : "ok").Inc();
            }
        }
    }

    private async Task CountChangesAsync(CycleResult result, MergeOutcome outcome, CancellationToken ct)
    {
        var analyzerOf = result.Recommendations.ToDictionary(r => r.Id, r => r.Finding.AnalyzerId, StringComparer.Ordinal);
        foreach (var id in outcome.Created.Concat(outcome.Reopened))
        {
            metrics.RecommendationsCreated.WithLabels(analyzerOf.GetValueOrDefault(id, "unknown")).Inc();
        }

        foreach (var id in outcome.Resolved)
        {
            // Why the store: a resolved one is absent from this run's results, so its analyzer is read back.
            var analyzer = (await store.Recommendations.GetAsync(id, ct))?.AnalyzerId ?? "unknown";
            metrics.RecommendationsResolved.WithLabels(analyzer).Inc();
        }
    }
}
