using Advisor.Aws.Collection;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.Collection;

/// <summary>Batches respect both GetMetricData limits: 500 queries and 100,800 datapoints per call.</summary>
public sealed class MetricsBatchingTests
{
    private static readonly AnalysisWindow Window = new(
        new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

    [Fact]
    public void One_Point_Queries_Are_Packed_500_To_A_Call()
    {
        var plan = Specs(1000, periodSeconds: 14 * 24 * 3600);

        var batches = MetricsCollector.Batch(plan, Window).ToList();

        Assert.Equal([500, 500], batches.Select(b => b.Length));
    }

    [Fact]
    public void Hourly_Queries_Over_14_Days_Fill_The_Point_Cap_In_As_Few_Calls_As_Possible()
    {
        var plan = Specs(700, periodSeconds: 3600);

        var batches = MetricsCollector.Batch(plan, Window).ToList();

        // 700 × 336 points = 235,200: three calls of at most 100,800 points (300 queries) each.
        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.True(b.Length <= 300));
        Assert.Equal(700, batches.Sum(b => b.Length));
    }

    [Fact]
    public void Heavy_Series_Are_Spread_So_The_Query_Limit_Alone_Sets_The_Number_Of_Calls()
    {
        // 1,000 one-point totals first, then 1,000 hourly series: in plan order the hourly ones would fill calls 300 at a time.
        var plan = Specs(1000, periodSeconds: 14 * 24 * 3600).Concat(Specs(1000, periodSeconds: 3600)).ToList();

        var batches = MetricsCollector.Batch(plan, Window).ToList();

        // 2,000 queries and 336,000 + 1,000 points: max(⌈2000 ÷ 500⌉, ⌈337,000 ÷ 100,800⌉) = 4 calls.
        Assert.Equal(4, batches.Count);
        Assert.All(batches, b => Assert.True(b.Length <= MetricsCollector.MaxQueriesPerCall));
        Assert.All(batches, b => Assert.True(b.Sum(s => MetricsCollector.ExpectedPoints(s, Window)) <= MetricsCollector.MaxDatapointsPerCall));
    }

    [Fact]
    public void A_Mix_Of_Totals_And_Hourly_Series_Fits_500_To_A_Call()
    {
        // The idle analyzer's shape: per variant one window total (1 point) and one hourly series (336 points).
        var plan = Specs(1000, periodSeconds: 14 * 24 * 3600).Zip(Specs(1000, periodSeconds: 3600), (a, b) => new[] { a, b })
            .SelectMany(x => x).ToList();

        var batches = MetricsCollector.Batch(plan, Window).ToList();

        Assert.Equal(4, batches.Count);
        Assert.All(batches, b => Assert.True(b.Sum(s => MetricsCollector.ExpectedPoints(s, Window)) <= MetricsCollector.MaxDatapointsPerCall));
        Assert.Equal(plan.Order(Comparer<MetricSpec>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key))),
            batches.SelectMany(b => b).Order(Comparer<MetricSpec>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key))));
    }

    private static List<MetricSpec> Specs(int count, int periodSeconds) =>
        [.. Enumerable.Range(0, count).Select(i => new MetricSpec("AWS/SageMaker", "Invocations",
            [new("EndpointName", "e" + i), new("VariantName", "v")], "Sum", periodSeconds))];
}
