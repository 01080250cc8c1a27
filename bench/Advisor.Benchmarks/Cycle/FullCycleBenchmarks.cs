using System.Globalization;
using Advisor.Benchmarks.Support;
using Advisor.Host.Cycle;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Benchmarks.Cycle;

/// <summary>
/// One whole cycle as the user waits for it: collection over HTTP against the loopback sandbox (SigV4, paging, GetMetricData
/// batches, Cost Explorer, Price List) then analysis and prioritisation. One sandbox per scale, reused by every iteration.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FullCycleBenchmarks
{
    private LoopbackAdvisor _advisor = null!;
    private ServiceProvider? _warmServices;
    private AdvisorCycle _warmCycle = null!;
    private int _cycles;

    /// <summary>Why: 40 is the demo default, 500 a large real account (5,000 would take minutes per iteration on 2 cores).</summary>
    [Params(40, 500)]
    public int Scale { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _advisor = await LoopbackAdvisor.StartAsync(Scale);
        (_warmServices, _warmCycle) = _advisor.BuildCycle();
        _ = await _warmCycle.RunAsync(_advisor.Scopes, CancellationToken.None);
        _advisor.Sandbox.Stats.Reset();
        _cycles = 0;
    }

    /// <summary>A fresh container per cycle: cold Cost Explorer and price caches, new connections (the demo, a daemon's first cycle).</summary>
    [Benchmark(Baseline = true)]
    public async Task<CycleResult> ColdCycle()
    {
        _cycles++;
        await using var services = _advisor.BuildServices();
        return await services.GetRequiredService<AdvisorCycle>().RunAsync(_advisor.Scopes, CancellationToken.None);
    }

    /// <summary>The same container again: Cost Explorer and prices cached for the day, connections pooled (a daemon's later cycles).</summary>
    [Benchmark]
    public async Task<CycleResult> WarmCycle()
    {
        _cycles++;
        return await _warmCycle.RunAsync(_advisor.Scopes, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var stats = _advisor.Sandbox.Stats.Snapshot();
        if (_cycles > 0)
        {
            var perCycle = string.Join(", ", stats.Calls.OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value / (double)_cycles:0.#}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// API calls per cycle over {_cycles} cycles (scale {Scale}): {stats.Calls.Values.Sum() / (double)_cycles:0.#} total; {perCycle}"));
        }

        if (_warmServices is not null)
        {
            await _warmServices.DisposeAsync();
        }

        await _advisor.DisposeAsync();
    }
}
