using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;
using Advisor.Host.Daemon;
using Advisor.Host.Observability;
using Advisor.Host.Reports;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Remediation.Verification;
using Advisor.Storage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Remediation;

/// <summary>
/// Remediation as Hangfire jobs of the daemon: <see cref="RemediateAsync"/> after each merged run (plan that run's open
/// recommendations, then execute), and <see cref="ExecuteDueAsync"/> on a schedule (entries whose grace period ended or that were
/// approved). Both do nothing while <c>Remediation:Enabled</c> is false. The journal's compare-and-set keeps concurrent jobs and
/// replicas from acting twice.
/// </summary>
public sealed class RemediationJobs(
    IAdvisorStore store,
    CycleEnvironment environment,
    RunFiles files,
    RemediationOptions options,
    ActionKinds kinds,
    RemediationPlanner planner,
    RemediationExecutor executor,
    RealisedSavingsCheck realised,
    MetricsRefresher refresher,
    AdvisorMetrics metrics,
    WeeklyReportPublisher reports,
    ILogger<RemediationJobs> logger)
{
    /// <summary>
    /// Plans the run's open recommendations that an enabled kind handles, executes what is ready, verifies earlier actions' realised
    /// savings against the run's Cost Explorer data, then publishes the first report if none exists.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Remediate {0}")]
    public async Task RemediateAsync(string runId, CancellationToken cancellationToken)
    {
        using var _ = logger.BeginScope(new Dictionary<string, object?> { ["RunId"] = runId });
        try
        {
            if (options.Enabled)
            {
                var snapshots = await files.ReadSnapshotsAsync(runId, cancellationToken);
                var candidates = await CandidatesAsync(snapshots, cancellationToken);
                var plan = await planner.PlanAsync(candidates, preview: false, cancellationToken);
                var planned = plan.Items.Where(i => i.Timing is not (PlanTiming.AlreadyPlanned or PlanTiming.Skipped) && i.Entry is not null).Select(i => i.Entry!).ToList();
                ActionCounter.Count(metrics, planned);
                var done = await executor.RunAsync(cancellationToken);
                ActionCounter.Count(metrics, done);
                var verified = await realised.RunAsync(snapshots, cancellationToken);
                logger.LogInformation("Remediation for run {RunId}: {Candidates} candidates, {Planned} planned, {Done} finished, {Verified} verified against Cost Explorer",
                    runId, candidates.Count, planned.Count, done.Count, verified.Count);
                await refresher.RefreshRecommendationsAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.JobsFailed.WithLabels("remediate").Inc();
            logger.LogError(ex, "Remediation after run {RunId} failed", runId);
            throw;
        }
        finally
        {
            await PublishFirstReportAsync(runId);
        }
    }

    /// <summary>Promotes entries whose grace period ended or that were approved, and executes every Ready one.</summary>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Execute due remediation actions")]
    public async Task ExecuteDueAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        var done = await executor.RunAsync(cancellationToken);
        ActionCounter.Count(metrics, done);
        if (done.Count > 0)
        {
            logger.LogInformation("{Count} due remediation actions finished", done.Count);
            await refresher.RefreshRecommendationsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The run's recommendations (analysed again from its snapshots: the same input gives the same ids) that a kind handles and
    /// that are still Open or Accepted in the store. Why the store check: a dismissed or snoozed recommendation is never acted on.
    /// </summary>
    private async Task<IReadOnlyList<Recommendation>> CandidatesAsync(IReadOnlyList<ScopeSnapshot> snapshots, CancellationToken ct)
    {
        if (snapshots.Count == 0)
        {
            return [];
        }

        var services = environment.ServicesFor(snapshots[0].Scope.Region);
        var result = services.GetRequiredService<AdvisorCycle>().Analyze(snapshots);
        return await RemediationCandidates.FilterAsync(store.Recommendations, kinds, result.Recommendations, ct);
    }

    private async Task PublishFirstReportAsync(string runId)
    {
        try
        {
            await reports.PublishFirstAsync(runId, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Why not rethrow: the report is retried weekly; the actions are recorded in the journal either way.
            logger.LogError(ex, "The first weekly report after run {RunId} could not be produced", runId);
            metrics.JobsFailed.WithLabels("weekly-report").Inc();
        }
    }
}
