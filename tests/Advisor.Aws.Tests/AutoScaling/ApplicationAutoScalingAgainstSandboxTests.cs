using Advisor.Aws.AutoScaling;
using Advisor.Aws.Collection;
using Advisor.Aws.Credentials;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.AutoScaling;

/// <summary>The Application Auto Scaling client and collector against the sandbox on loopback: signing, paging, mapping.</summary>
public sealed class ApplicationAutoScalingAgainstSandboxTests
{
    [Fact]
    public async Task Pages_Through_Every_Scaling_Policy_Of_The_Estate()
    {
        await using var harness = await SandboxHarness.StartAsync(seed: 1, scale: 300);
        var client = Client(harness);
        var expected = harness.Generated.Estate.ScalingPolicies.Select(p => p.ResourceId).Order(StringComparer.Ordinal).ToList();

        var found = new List<ScalingPolicy>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await client.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest("sagemaker", token, 2));
            found.AddRange(page.ScalingPolicies);
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        Assert.True(expected.Count > 2, "the estate should have more policies than one page holds");
        Assert.Equal((expected.Count + 1) / 2, pages);
        Assert.Equal(expected, found.Select(p => p.ResourceId).Order(StringComparer.Ordinal));
        Assert.All(found, p => Assert.Equal(
            ("sagemaker", "sagemaker:variant:DesiredInstanceCount", "TargetTrackingScaling", "SageMakerVariantInvocationsPerInstance"),
            (p.ServiceNamespace, p.ScalableDimension, p.PolicyType, p.PredefinedMetricType)));
    }

    [Fact]
    public async Task Describes_The_Scalable_Targets_With_Their_Capacity_Bounds()
    {
        await using var harness = await SandboxHarness.StartAsync(seed: 2, scale: 300);
        var policy = harness.Generated.Estate.ScalingPolicies[0];

        var page = await Client(harness).DescribeScalableTargetsAsync(new DescribeScalableTargetsRequest("sagemaker", MaxResults: 50));

        var target = Assert.Single(page.ScalableTargets, t => t.ResourceId == policy.ResourceId);
        Assert.Equal((policy.MinCapacity, policy.MaxCapacity), (target.MinCapacity, target.MaxCapacity));
    }

    [Fact]
    public async Task The_Collector_Reports_The_Scaled_Variants_And_A_Healthy_Source()
    {
        await using var harness = await SandboxHarness.StartAsync(seed: 3, scale: 300);
        var collector = new AutoScalingCollector(Client(harness), NullLogger<AutoScalingCollector>.Instance);

        var (ids, status) = await collector.CollectAsync(CancellationToken.None);

        Assert.Equal(harness.Generated.Estate.ScalingPolicies.Select(p => p.ResourceId).Order(StringComparer.Ordinal), ids);
        Assert.Equal((Sources.ApplicationAutoScaling, SourceHealth.Healthy), (status.Source, status.Health));
    }

    [Fact]
    public async Task The_Collector_Reports_A_Wrong_Secret_As_A_Source_Failure_Without_Throwing()
    {
        await using var harness = await SandboxHarness.StartAsync(seed: 1, scale: 20);
        var wrong = harness.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "not-the-secret"))
            .CreateApplicationAutoScaling(harness.Generated.Estate.Region, harness.Server.BaseUrl);

        var (ids, status) = await new AutoScalingCollector(wrong, NullLogger<AutoScalingCollector>.Instance).CollectAsync(CancellationToken.None);

        Assert.Empty(ids);
        Assert.NotEqual(SourceHealth.Healthy, status.Health);
        Assert.DoesNotContain("not-the-secret", status.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_A_Page_Size_Above_Fifty_Naming_The_Operation()
    {
        await using var harness = await SandboxHarness.StartAsync(seed: 1, scale: 20);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Client(harness).DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest("sagemaker", MaxResults: 51)));

        Assert.Contains("DescribeScalingPolicies MaxResults", error.Message, StringComparison.Ordinal);
    }

    private static IApplicationAutoScalingApi Client(SandboxHarness harness) =>
        harness.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey))
            .CreateApplicationAutoScaling(harness.Generated.Estate.Region, harness.Server.BaseUrl);
}
