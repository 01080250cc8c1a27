using Advisor.Aws.Credentials;
using Advisor.Host.Composition;
using Advisor.Host.Cycle;
using Advisor.Sandbox;
using Advisor.Sandbox.Estate;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Benchmarks.Support;

/// <summary>
/// A generated estate served by a <see cref="SandboxServer"/> on 127.0.0.1, and the advisor's services built against it exactly
/// as the demo builds them (<see cref="AdvisorServices.Build"/>). Logging goes nowhere: the figures are the work, not the sink.
/// </summary>
public sealed class LoopbackAdvisor : IAsyncDisposable
{
    private readonly IConfigurationRoot _configuration;
    private readonly ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;

    private LoopbackAdvisor(SandboxServer sandbox, SandboxEstate estate, IConfigurationRoot configuration)
    {
        Sandbox = sandbox;
        Estate = estate;
        _configuration = configuration;
    }

    public SandboxServer Sandbox { get; }

    public SandboxEstate Estate { get; }

    /// <summary>The scope the demo scans: the estate's region and account.</summary>
    public IReadOnlyList<(string Region, string? Account)> Scopes => [(Estate.Region, Estate.AccountId)];

    /// <summary>Generates the estate at <paramref name="scale"/> and starts the sandbox on a free loopback port.</summary>
    public static async Task<LoopbackAdvisor> StartAsync(int scale)
    {
        var configuration = AdvisorConfiguration.Load();
        if (configuration.GetSection("Aws:Retry").GetChildren().FirstOrDefault() is null)
        {
            // Why: without the repository's appsettings.json the retry mode would silently fall back to the SDK default.
            throw new InvalidOperationException($"appsettings.json was not found next to the benchmark binary ({AppContext.BaseDirectory}).");
        }

        var estate = BenchClock.Estate(scale).Estate;
        var sandbox = await SandboxServer.StartAsync(estate, null, new SandboxOptions { Host = "127.0.0.1" }, NullLoggerFactory.Instance);
        return new LoopbackAdvisor(sandbox, estate, configuration);
    }

    /// <summary>A fresh container (cold caches, no pooled connections): what the first cycle of a process sees.</summary>
    public ServiceProvider BuildServices()
    {
        var target = new AwsTarget(Estate.Region, Sandbox.BaseUrl,
            new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey));
        return AdvisorServices.Build(_configuration, target, _loggerFactory, new FixedTimeProvider(Estate.Now));
    }

    /// <summary>Builds services, resolves the cycle and returns both (the caller disposes the container).</summary>
    public (ServiceProvider Services, AdvisorCycle Cycle) BuildCycle()
    {
        var services = BuildServices();
        return (services, services.GetRequiredService<AdvisorCycle>());
    }

    public async ValueTask DisposeAsync() => await Sandbox.DisposeAsync();
}
