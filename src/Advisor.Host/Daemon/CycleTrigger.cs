using System.Globalization;
using System.Security.Cryptography;
using Advisor.Storage;
using Advisor.Storage.Runs;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Daemon;

/// <summary>
/// Starts a cycle: records the run (Running) and enqueues one <see cref="CycleJobs.CollectScopeAsync"/> per scope. A cycle already
/// running is not started twice: its id is returned instead (the API and the scheduler may ask at the same moment).
/// </summary>
public sealed class CycleTrigger(
    IAdvisorStore store,
    IBackgroundJobClient jobs,
    CycleEnvironment environment,
    TimeProvider clock,
    ILogger<CycleTrigger> logger) : ICycleTrigger, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<string> StartAsync(string trigger, string requestedBy, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Why 20: Running runs are always the newest few; Abandoned ones were marked at start.
            var running = (await store.Runs.ListAsync(20, cancellationToken)).FirstOrDefault(r => r.State == RunState.Running);
            if (running is not null)
            {
                logger.LogInformation("Cycle {RunId} is still running; {Trigger} request from {RequestedBy} joins it", running.Id, trigger, requestedBy);
                return running.Id;
            }

            var now = clock.GetUtcNow();
            var runId = "run-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-"
                + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
            await store.Runs.StartAsync(new RunRecord
            {
                Id = runId,
                StartedAt = now,
                State = RunState.Running,
                Trigger = trigger,
                RequestedBy = requestedBy,
            }, cancellationToken);

            foreach (var scope in environment.Scopes)
            {
                jobs.Enqueue<CycleJobs>(j => j.CollectScopeAsync(runId, scope.Account, scope.Region, null, CancellationToken.None));
            }

            if (environment.Scopes.Count == 0)
            {
                jobs.Enqueue<CycleJobs>(j => j.AnalyzeAndPublishAsync(runId, CancellationToken.None));
            }

            logger.LogInformation("Cycle {RunId} started by {Trigger} ({RequestedBy}) over {ScopeCount} scopes", runId, trigger, requestedBy, environment.Scopes.Count);
            return runId;
        }
        finally
        {
            _gate.Release();
        }
    }
}
