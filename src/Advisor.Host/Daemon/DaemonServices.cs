using Advisor.Host.Observability;
using Advisor.Host.Remediation;
using Advisor.Host.Reports;
using Advisor.Host.Scheduling;
using Advisor.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Advisor.Host.Daemon;

/// <summary>The daemon's registrations: options, store, metrics, the cycle's jobs, remediation, Hangfire (queue and server), Quartz and the weekly report.</summary>
internal static class DaemonServices
{
    /// <summary>Why 1 s: a cycle chains jobs (collect, then analyse); the libraries' 15 s default poll would add that much per hop.</summary>
    private static readonly TimeSpan QueuePoll = TimeSpan.FromSeconds(1);

    public static void Add(IServiceCollection services, IConfiguration configuration, DaemonOptions daemon, StorageOptions storage, CycleTargets targets)
    {
        services.AddOptions<DaemonOptions>().Bind(configuration.GetSection(DaemonOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DaemonOptions>, DaemonOptionsValidator>();
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Webhook.Url)
                || (Uri.TryCreate(o.Webhook.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"),
                "Reports:Webhook:Url must be an absolute http(s) URL (or empty to disable the webhook).")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(targets);
        services.AddAdvisorStorage(configuration);

        var registry = Metrics.NewCustomRegistry();
        services.AddSingleton(registry);
        services.AddSingleton<AdvisorMetrics>();
        services.AddSingleton<MetricsRefresher>();

        services.AddSingleton(new RunFiles(storage.DataDirectory));
        services.AddSingleton(sp => new CycleEnvironment(targets.Scopes, targets.TargetForRegion, targets.AnalysisClock, configuration,
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<AdvisorMetrics>()));
        services.AddSingleton<ICycleTrigger, CycleTrigger>();
        services.AddTransient<CycleJobs>();
        services.AddTransient<RunPublisher>();

        services.AddHttpClient(ReportWebhook.HttpClientName);
        services.AddSingleton<ReportWebhook>();
        services.AddTransient<WeeklyReportBuilder>();
        services.AddTransient<WeeklyReportPublisher>();

        DaemonRemediation.Add(services, configuration, targets);

        AddHangfire(services, daemon, storage);
        services.AddAdvisorScheduling(daemon, storage);
    }

    private static void AddHangfire(IServiceCollection services, DaemonOptions daemon, StorageOptions storage)
    {
        services.AddHangfire(cfg =>
        {
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(storage.ConnectionString!),
                    new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, SchemaName = "hangfire", QueuePollInterval = QueuePoll });
            }
            else if (daemon.Jobs.Storage == JobStorageKind.Sqlite)
            {
                cfg.UseSQLiteStorage(Path.Combine(Directory.CreateDirectory(storage.DataDirectory).FullName, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = QueuePoll });
            }
            else
            {
                cfg.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = daemon.Jobs.WorkerCount;
            o.ShutdownTimeout = daemon.Jobs.ShutdownTimeout;
            o.ServerName = "advisor-" + Environment.MachineName + "-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
