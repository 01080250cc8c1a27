using Advisor.Host.Api;
using Advisor.Host.Composition;
using Advisor.Host.Remediation;
using Advisor.Host.Scheduling;
using Advisor.Storage;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;
using Serilog;
using Serilog.Extensions.Logging;

namespace Advisor.Host.Daemon;

/// <summary>
/// Builds and starts the daemon: a WebApplication with the API, <c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c> and the Hangfire
/// dashboard; Hangfire runs the cycle's jobs and Quartz fires the schedules. Options are validated before anything listens.
/// </summary>
public static class DaemonHost
{
    /// <summary>Builds the application (starting the embedded sandbox when asked); throws <see cref="OptionsValidationException"/> naming the key on bad configuration.</summary>
    public static async Task<WebApplication> BuildAsync(ServeSettings settings, CancellationToken cancellationToken)
    {
        var loaded = AdvisorConfiguration.Load(settings.ConfigFile);
        var overrides = new Dictionary<string, string?>(settings.Overrides);
        if (settings.Urls is not null)
        {
            overrides["Daemon:Urls"] = settings.Urls;
        }

        overrides["Storage:DataDirectory"] = Path.GetFullPath(settings.DataDirectory ?? loaded["Storage:DataDirectory"] ?? "data");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, ApplicationName = "advisor" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(loaded).AddInMemoryCollection(overrides);
        var configuration = builder.Configuration;

        var daemon = configuration.GetSection(DaemonOptions.SectionName).Get<DaemonOptions>() ?? new DaemonOptions();
        var check = new DaemonOptionsValidator().Validate(null, daemon);
        if (check.Failed)
        {
            throw new OptionsValidationException(DaemonOptions.SectionName, typeof(DaemonOptions), check.Failures);
        }

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions),
                ["Storage:ConnectionString is required when Storage:Provider is PostgreSql."]);
        }

        var serilog = LoggingSetup.Create(configuration, settings.Verbose);
        var loggerFactory = new SerilogLoggerFactory(serilog);
        var targets = await CycleTargets.CreateAsync(settings.Sandbox, configuration, loggerFactory, cancellationToken);

        builder.Services.AddSerilog(serilog, dispose: true);
        builder.WebHost.UseUrls([.. DaemonOptionsValidator.SplitUrls(daemon.Urls)]);
        // Why the extra 5 s: Hangfire and Quartz wait up to ShutdownTimeout for a running job; the host must not cut them short.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = daemon.Jobs.ShutdownTimeout + TimeSpan.FromSeconds(5));
        if (targets.Sandbox is { } sandbox)
        {
            // Why first: hosted services stop in reverse order, so the sandbox outlives the jobs that call it.
            builder.Services.AddHostedService(_ => new SandboxLifetime(sandbox));
        }

        DaemonServices.Add(builder.Services, configuration, daemon, storage, targets);
        builder.Services.AddAdvisorApi(configuration);

        var app = builder.Build();
        app.UseSerilogRequestLogging();
        app.MapAdvisorHealth();
        app.MapMetrics("/metrics", app.Services.GetRequiredService<CollectorRegistry>()).AllowAnonymous();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new HangfireDashboardAuthorization()],
            DisplayStorageConnectionString = false,
        });
        app.MapAdvisorApi();
        app.MapGroup("/api").RequireAuthorization(Api.Auth.ApiRoles.CanRead).MapActionEndpoints();
        return app;
    }

    /// <summary>Migrates the store (and Quartz's tables on PostgreSQL), marks runs a dead process left Running as Abandoned, reconciles unfinished remediation actions, starts listening, then runs a first cycle when configured.</summary>
    public static async Task StartAsync(WebApplication app, bool sandbox, CancellationToken cancellationToken)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DaemonHost));
        var store = app.Services.GetRequiredService<IAdvisorStore>();
        await store.MigrateAsync(cancellationToken);
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            await QuartzSchema.EnsureAsync(storage.ConnectionString!, cancellationToken);
        }

        var abandoned = await store.Runs.AbandonRunningAsync(app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
        if (abandoned > 0)
        {
            logger.LogWarning("{Count} runs were still Running from a previous process; marked Abandoned", abandoned);
        }

        // Why before listening and before any cycle: an action a dead process left half-done is settled against AWS first.
        await DaemonRemediation.ReconcileAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        logger.LogInformation("Advisor daemon listening on {Urls}", string.Join(", ", app.Urls));
        var options = app.Services.GetRequiredService<IOptions<DaemonOptions>>().Value;
        if (options.RunOnStart ?? sandbox)
        {
            await app.Services.GetRequiredService<ICycleTrigger>().StartAsync("startup", "scheduler", cancellationToken);
        }
    }
}
