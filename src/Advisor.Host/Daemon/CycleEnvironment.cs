using Advisor.Aws;
using Advisor.Host.Composition;
using Advisor.Host.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Daemon;

/// <summary>One account × region the daemon scans; a null account is read from the resources' ARNs.</summary>
public sealed record ScopeTarget(string? Account, string Region);

/// <summary>
/// What a cycle runs against: the scopes, the AWS target of each region (AWS itself or the embedded sandbox) and the analysis clock.
/// Builds one service container per region (clients are per region) on first use and keeps it for the process's life.
/// </summary>
public sealed class CycleEnvironment(
    IReadOnlyList<ScopeTarget> scopes,
    Func<string, AwsTarget> targetForRegion,
    TimeProvider analysisClock,
    IConfiguration configuration,
    ILoggerFactory loggerFactory,
    AdvisorMetrics metrics) : IAsyncDisposable
{
    private readonly Dictionary<string, ServiceProvider> _byRegion = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyList<ScopeTarget> Scopes { get; } = scopes;

    /// <summary>The container with the clients, collectors and the cycle for a region (built once).</summary>
    public IServiceProvider ServicesFor(string region)
    {
        lock (_gate)
        {
            if (!_byRegion.TryGetValue(region, out var provider))
            {
                provider = AdvisorServices.Build(configuration, targetForRegion(region), loggerFactory, analysisClock,
                    services => services.AddHttpClient(AwsServiceCollectionExtensions.HttpClientName)
                        .AddHttpMessageHandler(() => new AwsRequestCounter(metrics)));
                _byRegion[region] = provider;
            }

            return provider;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<ServiceProvider> providers;
        lock (_gate)
        {
            providers = [.. _byRegion.Values];
            _byRegion.Clear();
        }

        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }
    }
}
