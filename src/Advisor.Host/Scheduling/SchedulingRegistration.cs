using Advisor.Host.Daemon;
using Advisor.Host.Remediation;
using Advisor.Storage;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Advisor.Host.Scheduling;

/// <summary>
/// Quartz: the scan, weekly-report and remediation-check cron triggers (UTC). RAM job store embedded; with PostgreSQL the ADO job store, clustered,
/// so that several replicas fire each cycle once. Misfire: a scan missed while the daemon was down fires once at start.
/// </summary>
internal static class SchedulingRegistration
{
    public static readonly JobKey ScanJob = new("scan-cycle", "advisor");
    public static readonly JobKey ReportJob = new("weekly-report", "advisor");
    public static readonly JobKey RemediationJob = new("remediation-check", "advisor");

    public static void AddAdvisorScheduling(this IServiceCollection services, DaemonOptions daemon, StorageOptions storage)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "advisor";
                o.GenerateInstanceId = true;
            });
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(storage.ConnectionString!);
                    s.UseClustering(_ => { });
                    s.UseSystemTextJsonSerializer(_ => { });
                });
            }
            else
            {
                q.UseInMemoryStore(_ => { });
            }

            q.ScheduleJob<ScanCycleJob>(
                t => t.WithIdentity("scan-cycle-cron", "advisor")
                    .WithCronSchedule(daemon.Schedules.Scan, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                j => j.WithIdentity(ScanJob));
            q.ScheduleJob<WeeklyReportJob>(
                t => t.WithIdentity("weekly-report-cron", "advisor")
                    .WithCronSchedule(daemon.Schedules.Report, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
                j => j.WithIdentity(ReportJob));
            q.ScheduleJob<RemediationCheckJob>(
                t => t.WithIdentity("remediation-check-cron", "advisor")
                    .WithCronSchedule(daemon.Schedules.Remediation, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
                j => j.WithIdentity(RemediationJob));
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
    }
}
