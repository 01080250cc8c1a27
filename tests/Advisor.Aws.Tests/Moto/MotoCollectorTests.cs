using System.Globalization;
using Advisor.Aws.Collection;
using Advisor.Aws.Tests.Support;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.Moto;

/// <summary>The collectors on top of our clients, against moto's estate.</summary>
[Collection(MotoSuite.Name)]
public sealed class MotoCollectorTests(MotoFixture moto)
{
    [Fact]
    public async Task The_Inventory_Collector_Collects_Every_Endpoint_With_Its_Instance_Types()
    {
        var logger = new ListLogger<EndpointInventoryCollector>();
        var collector = new EndpointInventoryCollector(moto.SageMaker(), new CollectionOptions(), logger);

        var (endpoints, status) = await collector.CollectAsync(CancellationToken.None);

        Assert.Equal(Sources.SageMakerEndpoints, status.Source);
        Assert.Equal(SourceHealth.Healthy, status.Health);

        // Why: one ListEndpoints page, five DescribeEndpoint and one DescribeEndpointConfig per distinct config (two).
        Assert.Equal(8, status.Calls);
        Assert.Equal(MotoEstate.AllEndpoints.Order(StringComparer.Ordinal), endpoints.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(endpoints, e =>
        {
            Assert.Equal("InService", e.Status);
            Assert.True(e.ConfigResolved, $"The config of {e.Name} was not resolved.");
            Assert.EndsWith(":endpoint/" + e.Name, e.Arn, StringComparison.Ordinal);
        });

        var single = endpoints.Where(e => e.Name != MotoEstate.DualEndpoint).ToList();
        Assert.All(single, e =>
        {
            Assert.Equal(MotoEstate.SingleConfig, e.ConfigName);
            var variant = Assert.Single(e.Variants);
            Assert.Equal((MotoEstate.SingleVariant, "ml.m5.large", 1, MotoEstate.ModelName), (variant.Name, variant.InstanceType, variant.InstanceCount, variant.ModelName));
            Assert.False(variant.IsServerless);
        });

        var dual = Assert.Single(endpoints, e => e.Name == MotoEstate.DualEndpoint);
        Assert.Equal(MotoEstate.DualConfig, dual.ConfigName);
        Assert.Equal(
            [(MotoEstate.PrimaryVariant, "ml.g4dn.xlarge", 2), (MotoEstate.CanaryVariant, "ml.p3.2xlarge", 1)],
            dual.Variants.Select(v => (v.Name, v.InstanceType ?? "?", v.InstanceCount)));
        Assert.Contains(logger.Entries, entry => Equals(entry.Properties.GetValueOrDefault("EndpointCount"), 5));
    }

    [Fact]
    public async Task The_Metrics_Collector_Fetches_Every_Planned_Series_In_One_Call()
    {
        var window = new AnalysisWindow(moto.AnchorHour.AddHours(-1), moto.AnchorHour.AddHours(3), TimeSpan.FromHours(1));
        var invocations = Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-1", MotoEstate.SingleVariant, "Sum");
        var cpu = Spec(MotoEstate.CpuNamespace, "CPUUtilization", "ep-single-1", MotoEstate.SingleVariant, "Average");
        var primary = Spec(MotoEstate.InvocationsNamespace, "Invocations", MotoEstate.DualEndpoint, MotoEstate.PrimaryVariant, "Sum");
        var idle = Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-3", MotoEstate.SingleVariant, "Sum");
        var collector = new MetricsCollector(moto.CloudWatch(), new ListLogger<MetricsCollector>());

        var (metrics, status) = await collector.CollectAsync([invocations, cpu, primary, idle], window, CancellationToken.None);

        Assert.Equal(new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.Healthy, "4 series", 1), status);
        Assert.Equal([new MetricPoint(moto.AnchorHour, 25), new MetricPoint(moto.AnchorHour.AddHours(1), 7)], Points(metrics, invocations));
        Assert.Equal([new MetricPoint(moto.AnchorHour, 30), new MetricPoint(moto.AnchorHour.AddHours(1), 50)], Points(metrics, cpu));
        Assert.Equal([new MetricPoint(moto.AnchorHour, 100)], Points(metrics, primary));

        // Why: no points means "unknown" to the analyzers; the series is still present and complete.
        Assert.Empty(Points(metrics, idle));
        Assert.All(metrics.Series, s => Assert.Equal(MetricStatus.Complete, s.Status));
    }

    [Fact]
    public async Task The_Metrics_Collector_Splits_More_Than_500_Queries_Into_Two_Calls()
    {
        var window = new AnalysisWindow(moto.AnchorHour.AddHours(-1), moto.AnchorHour.AddHours(3), TimeSpan.FromHours(1));
        var invocations = Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-1", MotoEstate.SingleVariant, "Sum");
        var padding = Enumerable.Range(0, MetricsCollector.MaxQueriesPerCall)
            .Select(i => Spec(MotoEstate.InvocationsNamespace, "Invocations", "absent-" + i.ToString(CultureInfo.InvariantCulture), MotoEstate.SingleVariant, "Sum"));
        List<MetricSpec> plan = [.. padding, invocations];
        var collector = new MetricsCollector(moto.CloudWatch(), new ListLogger<MetricsCollector>());

        var (metrics, status) = await collector.CollectAsync(plan, window, CancellationToken.None);

        Assert.Equal(SourceHealth.Healthy, status.Health);
        Assert.Equal(2, status.Calls);
        Assert.Equal(plan.Count, metrics.Series.Count);
        Assert.Equal([25.0, 7.0], Points(metrics, invocations).Select(p => p.Value));
    }

    private static MetricSpec Spec(string ns, string metric, string endpoint, string variant, string stat) =>
        new(ns, metric, [new MetricDimension("EndpointName", endpoint), new MetricDimension("VariantName", variant)], stat, 3600);

    private static IReadOnlyList<MetricPoint> Points(MetricSet metrics, MetricSpec spec) =>
        (metrics.Find(spec) ?? throw new InvalidOperationException($"No series for {spec.Key}.")).Points;
}
