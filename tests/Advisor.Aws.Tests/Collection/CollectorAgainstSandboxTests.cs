using Advisor.Aws.Collection;
using Advisor.Aws.Credentials;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Collection;

/// <summary>The collectors against a generated estate: every resource seen, in as few calls as the APIs allow; failures become statuses.</summary>
public sealed class CollectorAgainstSandboxTests
{
    private static readonly CollectionOptions Options = new();

    [Fact]
    public async Task Inventory_Sees_Every_Endpoint_With_One_List_Per_100_And_One_Describe_Per_Endpoint_And_Config()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 21, scale: 130);
        var collector = new EndpointInventoryCollector(sandbox.SageMaker, Options, NullLogger<EndpointInventoryCollector>.Instance);

        var (endpoints, status) = await collector.CollectAsync(CancellationToken.None);

        var estate = sandbox.Generated.Estate;
        Assert.Equal(SourceHealth.Healthy, status.Health);
        Assert.Equal(estate.Endpoints.Select(e => e.Name).Order(StringComparer.Ordinal), endpoints.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var endpoint in endpoints)
        {
            var config = estate.EndpointConfigs.Single(c => c.Name == estate.Endpoints.Single(e => e.Name == endpoint.Name).ConfigName);
            Assert.Equal(config.Variants.Select(v => (v.Name, v.InstanceType)), endpoint.Variants.Select(v => (v.Name, v.InstanceType)));
            Assert.All(endpoint.Variants.Where(v => !v.IsServerless), v => Assert.True(v.InstanceCount >= 1));
        }

        var stats = sandbox.Server.Stats.Snapshot();
        Assert.Equal(2, stats.CallsOf("SageMaker.ListEndpoints"));
        Assert.Equal(130, stats.CallsOf("SageMaker.DescribeEndpoint"));
        Assert.Equal(estate.Endpoints.Select(e => e.ConfigName).Distinct().Count(), stats.CallsOf("SageMaker.DescribeEndpointConfig"));
        Assert.Equal(stats.Calls.Values.Sum(), status.Calls);
    }

    [Fact]
    public async Task Inventory_With_Denied_Credentials_Reports_AccessDenied_Not_An_Empty_Estate()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 22, scale: 10);
        var denied = sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "wrong"))
            .CreateSageMaker(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);
        var collector = new EndpointInventoryCollector(denied, Options, NullLogger<EndpointInventoryCollector>.Instance);

        var (endpoints, status) = await collector.CollectAsync(CancellationToken.None);

        Assert.Empty(endpoints);
        Assert.Equal(SourceHealth.AccessDenied, status.Health);
        Assert.Contains("InvalidSignatureException", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Are_Fetched_In_Batches_That_Need_No_Second_Page()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 23, scale: 300);
        var estate = sandbox.Generated.Estate;
        var window = new AnalysisWindow(estate.Now.AddDays(-14), estate.Now, TimeSpan.FromHours(1));
        var plan = estate.Metrics.Keys
            .Select(k => new MetricSpec(k.Namespace, k.MetricName, [.. k.Dimensions.Split(',').Select(Dim)], "Average", 3600))
            .ToList();
        Assert.True(plan.Count > 1000, $"the estate should need several batches, has {plan.Count} series");
        var collector = new MetricsCollector(sandbox.CloudWatch, NullLogger<MetricsCollector>.Instance);

        var (metrics, status) = await collector.CollectAsync(plan, window, CancellationToken.None);

        Assert.Equal(SourceHealth.Healthy, status.Health);
        Assert.Equal(plan.Count, metrics.Series.Count);

        // Why: 336 hourly points per query: 300 queries fill the 100,800-point cap, so batches hold 300 and no call needs a second page.
        var batches = MetricsCollector.Batch(plan, window).ToList();
        Assert.All(batches, b => Assert.True(b.Length <= 300));
        Assert.Equal(batches.Count, sandbox.Server.Stats.Snapshot().CallsOf("CloudWatch.GetMetricData"));
        foreach (var spec in plan.Take(50))
        {
            var key = new Advisor.Sandbox.Estate.SeriesKey(spec.Namespace, spec.MetricName, spec.Dimensions.Select(d => KeyValuePair.Create(d.Name, d.Value)));
            var stored = estate.Metrics.Find(key)!;
            var expected = Enumerable.Range(0, stored.Values.Count)
                .Count(i => stored.Values[i] is not null && stored.Start.AddHours(i) >= window.Start && stored.Start.AddHours(i) < window.End);
            Assert.Equal(expected, metrics.Find(spec)!.Points.Count);
        }
    }

    [Fact]
    public async Task Metrics_With_Denied_Credentials_Are_Marked_Failed_With_The_Reason()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 24, scale: 5);
        var denied = sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "wrong"))
            .CreateCloudWatch(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);
        var estate = sandbox.Generated.Estate;
        var spec = new MetricSpec("AWS/SageMaker", "Invocations", [new("EndpointName", estate.Endpoints[0].Name), new("VariantName", "AllTraffic")], "Sum", 3600);
        var collector = new MetricsCollector(denied, NullLogger<MetricsCollector>.Instance);

        var (metrics, status) = await collector.CollectAsync([spec], new AnalysisWindow(estate.Now.AddDays(-1), estate.Now, TimeSpan.FromHours(1)), CancellationToken.None);

        Assert.Equal(SourceHealth.AccessDenied, status.Health);
        Assert.Equal(MetricStatus.Failed, metrics.Find(spec)!.Status);
        Assert.Empty(metrics.Find(spec)!.Points);
    }

    private static MetricDimension Dim(string pair)
    {
        var parts = pair.Split('=', 2);
        return new MetricDimension(parts[0], parts[1]);
    }
}
