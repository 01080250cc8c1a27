using Advisor.Remediation.Policy;
using Hangfire;
using Quartz;

namespace Advisor.Host.Remediation;

/// <summary>
/// The remediation check's Quartz job (<c>Daemon:Schedules:Remediation</c>): when remediation is enabled, enqueues
/// <see cref="RemediationJobs.ExecuteDueAsync"/> as a Hangfire job, so entries whose grace period ended or that were approved run.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RemediationCheckJob(IBackgroundJobClient jobs, RemediationOptions options) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (options.Enabled)
        {
            jobs.Enqueue<RemediationJobs>(j => j.ExecuteDueAsync(CancellationToken.None));
        }

        return ValueTask.CompletedTask;
    }
}
