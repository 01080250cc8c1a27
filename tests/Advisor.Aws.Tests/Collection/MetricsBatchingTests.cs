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
    public void Hourly_Queries_Over_14_Days_Are_Packed_300_To_A_Call()
    {
        var plan = Specs(700, periodSeconds: 3600);

        var batches = MetricsCollector.Batch(plan, Window).ToList();

        Assert.Equal([300, 300, 100], batches.Select(b => b.Length));
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
        Assert.Equal(plan, batches.SelectMany(b => b));
    }

    private static List<MetricSpec> Specs(int count, int periodSeconds) =>
        [.. Enumerable.Range(0, count).Select(i => new MetricSpec("AWS/SageMaker", "Invocations",
            [new("EndpointName", "e" + i), new("VariantName", "v")], "Sum", periodSeconds))];
}
