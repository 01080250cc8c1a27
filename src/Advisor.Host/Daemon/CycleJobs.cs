using Advisor.Aws.Collection;
using Advisor.Core.Analysis;
using Advisor.Host.Observability;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Daemon;

/// <summary>
/// The Hangfire jobs of a cycle: one <see cref="CollectScopeAsync"/> per scope (all AWS I/O; retried with backoff), then, when the
/// last scope is in, one <see cref="AnalyzeAndPublishAsync"/>. A scope that still fails on its last attempt is noted as failed and
/// the run goes on with the others (PartiallySucceeded).
/// </summary>
public sealed class CycleJobs(
    CycleEnvironment environment,
    RunFiles files,
    RunPublisher publisher,
    IBackgroundJobClient jobs,
    AdvisorMetrics metrics,
    IOptions<DaemonOptions> options,
    ILogger<CycleJobs> logger)
{
    /// <summary>Collects one scope and writes its snapshot. Why these delays: throttling windows are seconds to a minute long.</summary>
    [AutomaticRetry(Attempts = 9, DelaysInSeconds = [10, 20, 40, 80, 160, 300, 300, 300, 300], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Collect {2} ({1}) for {0}")]
    public async Task CollectScopeAsync(string runId, string? account, string region, PerformContext? context, CancellationToken cancellationToken)
    {
        using var _ = logger.BeginScope(new Dictionary<string, object?> { ["RunId"] = runId, ["Account"] = account, ["Region"] = region });
        try
        {
            var services = environment.ServicesFor(region);
            var collector = services.GetRequiredService<ScopeCollector>();
            var registry = services.GetRequiredService<AnalyzerRegistry>();
            var snapshot = await collector.CollectAsync(region, account, registry.All, cancellationToken);
            await files.WriteSnapshotAsync(runId, account, region, snapshot, cancellationToken);
            logger.LogInformation("Collected scope {Scope} for run {RunId}", snapshot.Scope, runId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Why rethrow: shutting down; Hangfire hands the job back to the queue and the next process finishes it.
            throw;
        }
#pragma warning disable CA1031 // Why: any failure is either retried (rethrown) or recorded as this scope's failure; the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            metrics.JobsFailed.WithLabels("collect-scope").Inc();
            var attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
            if (attempt < options.Value.Jobs.CollectAttempts)
            {
                logger.LogWarning(ex, "Collecting {Region} for run {RunId} failed (attempt {Attempt}); retrying", region, runId, attempt);
                throw;
            }

            logger.LogError(ex, "Collecting {Region} for run {RunId} failed on its last attempt; the scope is marked failed", region, runId);
            await files.WriteFailureAsync(runId, account, region, ex.GetType().Name + ": " + ex.Message, CancellationToken.None);
        }

        if (files.AllScopesIn(runId, environment.Scopes.Select(s => (s.Account, s.Region))) && files.TryClaimAnalysis(runId))
        {
            jobs.Enqueue<CycleJobs>(j => j.AnalyzeAndPublishAsync(runId, CancellationToken.None));
        }
    }

    /// <summary>Analyses every snapshot of the run, merges into the store, updates the run, the metrics and the published files.</summary>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Analyse and publish {0}")]
    public async Task AnalyzeAndPublishAsync(string runId, CancellationToken cancellationToken)
    {
        using var _ = logger.BeginScope(new Dictionary<string, object?> { ["RunId"] = runId });
        await publisher.PublishAsync(runId, cancellationToken);
    }
}
