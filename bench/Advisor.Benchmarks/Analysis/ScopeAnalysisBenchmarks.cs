using Advisor.Aws.Collection;
using Advisor.Benchmarks.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Benchmarks.Analysis;

/// <summary>
/// The pure half of a cycle: every registered analyzer plus the prioritiser over one scope's snapshot (scale 500), with no I/O.
/// The snapshot is collected once, for real, over HTTP from a loopback sandbox.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScopeAnalysisBenchmarks
{
    /// <summary>Why: 500 endpoints is a large real account; the cycle benchmarks cover the small one.</summary>
    private const int Scale = 500;

    private ServiceProvider? _services;
    private AdvisorCycle _cycle = null!;
    private ScopeSnapshot _snapshot = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await using var advisor = await LoopbackAdvisor.StartAsync(Scale);
        (_services, _cycle) = advisor.BuildCycle();
        var collector = _services.GetRequiredService<ScopeCollector>();
        var registry = _services.GetRequiredService<AnalyzerRegistry>();
        var (region, account) = advisor.Scopes[0];
        _snapshot = await collector.CollectAsync(region, account, registry.All, CancellationToken.None);

        var result = _cycle.Analyze([_snapshot]);
        Console.WriteLine(
            $"// Snapshot: {_snapshot.Inventory.Endpoints.Count} endpoints, {_snapshot.Metrics.Series.Count} series; " +
            $"{registry.All.Count} analyzers give {result.Findings.Count} findings, {result.Recommendations.Count} recommendations");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Benchmark]
    public CycleResult Analyze() => _cycle.Analyze([_snapshot]);
}
