using Advisor.Aws.Collection.Ec2;
using Advisor.Aws.Credentials;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Aws.Tests.Ec2;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Aws.Tests.Collection;

/// <summary>The EC2 collector against a generated estate: GPU/accelerator instances only, decided by their type's hardware.</summary>
public sealed class Ec2CollectorTests
{
    [Fact]
    public async Task Keeps_Only_Running_And_Stopped_Gpu_Or_Accelerator_Instances_With_Their_Types_And_Spot_Prices()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 5, scale: 3);
        var estate = sandbox.Generated.Estate;
        var collector = new Ec2Collector(Ec2AgainstSandboxTests.Ec2Of(sandbox), new FakeTimeProvider(estate.Now), NullLogger<Ec2Collector>.Instance);

        var result = await collector.CollectAsync(CancellationToken.None);

        var expected = estate.Ec2Instances.Where(i => !i.InstanceType.StartsWith("m5.", StringComparison.Ordinal)
            && !i.InstanceType.StartsWith("c5.", StringComparison.Ordinal)).Select(i => i.InstanceId).Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Instances.Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        Assert.Contains(result.Instances, i => i.State == "stopped");
        Assert.Contains(result.Instances, i => i.InstanceType == "inf2.xlarge");
        Assert.Equal(result.Instances.Select(i => i.InstanceType).Distinct().Order(StringComparer.Ordinal),
            result.InstanceTypes.Select(t => t.InstanceType).Order(StringComparer.Ordinal));
        Assert.All(result.InstanceTypes, t => Assert.True(t.GpuCount + t.AcceleratorCount > 0));
        Assert.Equal(result.InstanceTypes.Select(t => t.InstanceType).Order(StringComparer.Ordinal),
            result.SpotPrices.Select(p => p.InstanceType).Distinct().Order(StringComparer.Ordinal));
        Assert.All(result.SpotPrices, p => Assert.True(p.Timestamp >= estate.Now.AddDays(-7).AddHours(-6)));

        var stats = sandbox.Server.Stats.Snapshot();
        Assert.Equal(SourceHealth.Healthy, result.InstancesStatus.Health);
        Assert.Equal(SourceHealth.Healthy, result.SpotPricesStatus.Health);
        Assert.Equal((1, 1), (stats.CallsOf("Ec2.DescribeInstances"), stats.CallsOf("Ec2.DescribeInstanceTypes")));
        Assert.Equal(2, result.InstancesStatus.Calls);
        Assert.Equal(stats.CallsOf("Ec2.DescribeSpotPriceHistory"), result.SpotPricesStatus.Calls);
    }

    [Fact]
    public async Task A_Refused_Listing_Is_Reported_As_Access_Denied_Not_As_No_Instances()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 5, scale: 1);
        var ec2 = sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "wrong-secret"))
            .CreateEc2(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);
        var collector = new Ec2Collector(ec2, TimeProvider.System, NullLogger<Ec2Collector>.Instance);

        var result = await collector.CollectAsync(CancellationToken.None);

        Assert.Empty(result.Instances);
        Assert.Equal(Sources.Ec2Instances, result.InstancesStatus.Source);
        Assert.Equal(SourceHealth.AccessDenied, result.InstancesStatus.Health);
        Assert.Contains("SignatureDoesNotMatch", result.InstancesStatus.Detail, StringComparison.Ordinal);
        Assert.Equal(SourceHealth.NotChecked, result.SpotPricesStatus.Health);
    }
}
