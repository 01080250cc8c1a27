using Advisor.Aws.Collection;
using Advisor.Core.Snapshots;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Collection;

/// <summary>
/// The metrics planner's packing step, <see cref="MetricsCollector.Batch"/>, over 10,000 distinct queries: the CPU cost of deciding
/// how queries are split into GetMetricData calls (500 queries and 100,800 datapoints at most per call).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MetricsBatchBenchmarks
{
    /// <summary>Why: twenty times the plan of a scale-500 estate; enough queries that the packing cost is visible at all.</summary>
    private const int SpecCount = 10_000;

    private IReadOnlyList<MetricSpec> _plan = [];
    private AnalysisWindow _window = null!;

    [GlobalSetup]
    public void Setup()
    {
        var end = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

        // Why: the default 14-day look-back, hourly, as the idle analyzer asks for it.
        _window = new AnalysisWindow(end.AddDays(-14), end, TimeSpan.FromHours(1));
        var specs = new List<MetricSpec>(SpecCount);
        for (var i = 0; i < SpecCount; i++)
        {
            var endpoint = "endpoint-" + (i / 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            MetricDimension[] dims = [new("EndpointName", endpoint), new("VariantName", "AllTraffic")];

            // Why: a mix like a real plan: hourly invocations and utilisation (336 points each) and a daily roll-up (14 points).
            specs.Add((i % 4) switch
            {
                0 => new MetricSpec("AWS/SageMaker", "Invocations", dims, "Sum", 3600),
                1 => new MetricSpec("/aws/sagemaker/Endpoints", "CPUUtilization", dims, "Average", 3600),
                2 => new MetricSpec("/aws/sagemaker/Endpoints", "GPUUtilization", dims, "Maximum", 3600),
                _ => new MetricSpec("AWS/SageMaker", "Invocations", dims, "Sum", 86_400),
            });
        }

        _plan = specs;
    }

    /// <summary>Packs the whole plan and counts the calls it would make.</summary>
    [Benchmark]
    public int Batch() => MetricsCollector.Batch(_plan, _window).Count();
}
