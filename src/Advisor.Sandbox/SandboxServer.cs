using System.Globalization;
using Advisor.Sandbox.Auth;
using Advisor.Sandbox.CloudWatch;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Hosting;
using Advisor.Sandbox.Protocol;
using Advisor.Sandbox.SageMaker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Sandbox;

/// <summary>
/// An AWS-compatible server (SageMaker awsJson1_1; CloudWatch JSON 1.0, query and RPC v2 CBOR) on a loopback address,
/// serving one <see cref="SandboxEstate"/> with SigV4 verification, call statistics and fault injection.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private SandboxServer(WebApplication app, Uri baseUrl, SandboxEstate estate, GroundTruth? groundTruth, SandboxStats stats, FaultInjector faults)
    {
        _app = app;
        BaseUrl = baseUrl;
        Estate = estate;
        GroundTruth = groundTruth;
        Stats = stats;
        Faults = faults;
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:41234/</c>; pass it as the endpoint of every AWS client.</summary>
    public Uri BaseUrl { get; }

    public SandboxEstate Estate { get; }

    public GroundTruth? GroundTruth { get; }

    /// <summary>Calls received per <c>Service.Operation</c> and MetricDataQueries received.</summary>
    public SandboxStats Stats { get; }

    /// <summary>In-process control of injected faults (the same rules as <c>POST /_sandbox/faults</c>).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts the server and returns once it listens. Refuses a non-loopback host.</summary>
    public static async Task<SandboxServer> StartAsync(
        SandboxEstate estate,
        GroundTruth? groundTruth,
        SandboxOptions options,
        ILoggerFactory? loggerFactory = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(estate);

        // Why: mutating operations (DeleteEndpoint, StopInstances, ...) change the served estate, never the caller's copy.
        estate = estate.Live();
        ArgumentNullException.ThrowIfNull(options);
        var address = options.ResolveLoopbackAddress();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory ?? NullLoggerFactory.Instance));

        // Why: a sandbox serving thousands of calls per scan must stay quiet unless something is wrong.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(address, options.Port);
            kestrel.AddServerHeader = false;
        });

        var stats = new SandboxStats();
        var faults = new FaultInjector();
        builder.Services.AddSingleton(estate);
        var estateClock = options.EstateClock ?? options.Clock ?? TimeProvider.System;
        builder.Services.AddSingleton(estateClock);
        builder.Services.AddSingleton(BillingHistory.Attach(estate, estateClock));
        builder.Services.AddSingleton(stats);
        builder.Services.AddSingleton(faults);
        var sessions = new Advisor.Sandbox.Sts.SessionCredentialStore(options.Clock ?? TimeProvider.System);
        builder.Services.AddSingleton(sessions);
        builder.Services.AddSingleton(new SigV4Verifier(estate.Region, options.Clock ?? TimeProvider.System, sessions));
        // One line per emulated service (see Protocol/ServiceCatalog.cs for how each is addressed).
        builder.Services.AddSingleton<ISandboxApi, SageMakerService>();
        builder.Services.AddSingleton<ISandboxApi, CloudWatchService>();
        builder.Services.AddSingleton<ISandboxApi, Advisor.Sandbox.CostExplorer.CostExplorerService>();
        builder.Services.AddSingleton<ISandboxApi, Advisor.Sandbox.Pricing.PricingService>();
        builder.Services.AddSingleton<ISandboxApi, Advisor.Sandbox.Ec2.Ec2Service>();
        builder.Services.AddSingleton<ISandboxApi, Advisor.Sandbox.Sts.StsService>();
        builder.Services.AddSingleton<ISandboxApi, Advisor.Sandbox.AutoScaling.AutoScalingService>();
        builder.Services.AddSingleton<ApiRequestHandler>();
        builder.Services.AddSingleton(new ControlEndpoints(stats, faults, groundTruth));

        var app = builder.Build();
        var api = app.Services.GetRequiredService<ApiRequestHandler>();
        var control = app.Services.GetRequiredService<ControlEndpoints>();
        app.Run(context => context.Request.Path.StartsWithSegments(ControlEndpoints.Prefix, StringComparison.Ordinal)
            ? control.HandleAsync(context)
            : api.HandleAsync(context));

        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started but reported no listening address.");
        var baseUrl = new Uri(bound.TrimEnd('/') + "/");
        var logger = app.Services.GetRequiredService<ILogger<SandboxServer>>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Sandbox for account {Account} region {Region} listening on {Url} with {Endpoints} endpoints",
                estate.AccountId, estate.Region, baseUrl, estate.Endpoints.Count.ToString(CultureInfo.InvariantCulture));
        }

        return new SandboxServer(app, baseUrl, estate, groundTruth, stats, faults);
    }

    /// <summary>Stops listening and releases the port. Safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(ct);
            await _app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
