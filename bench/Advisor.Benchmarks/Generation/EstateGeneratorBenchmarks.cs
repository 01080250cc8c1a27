using Advisor.Benchmarks.Support;
using Advisor.Sandbox.Generation;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Generation;

/// <summary><see cref="EstateGenerator.Generate"/>: endpoints, configs, 30 days of hourly metrics and every planted resource kind.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EstateGeneratorBenchmarks
{
    /// <summary>Why: 40 is the demo default, 500 a large real account, 5,000 the generator's maximum.</summary>
    [Params(40, 500, 5000)]
    public int Scale { get; set; }

    [Benchmark]
    public GeneratedEstate Generate() => BenchClock.Estate(Scale);
}
