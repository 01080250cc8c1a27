using Advisor.Host.Daemon;
using Quartz;

namespace Advisor.Host.Scheduling;

/// <summary>The scan cron's Quartz job: only starts a cycle through <see cref="ICycleTrigger"/> (the work runs as Hangfire jobs).</summary>
[DisallowConcurrentExecution]
public sealed class ScanCycleJob(ICycleTrigger trigger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await trigger.StartAsync("schedule", "scheduler", cancellationToken);
}
