using Advisor.Host.Reports;
using Hangfire;
using Quartz;

namespace Advisor.Host.Scheduling;

/// <summary>The weekly report's Quartz job: enqueues the report as a Hangfire job (retried, visible in the dashboard).</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyReportJob(IBackgroundJobClient jobs) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        jobs.Enqueue<WeeklyReportPublisher>(p => p.WeeklyAsync(CancellationToken.None));
        return ValueTask.CompletedTask;
    }
}
