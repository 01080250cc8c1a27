using Advisor.Aws.Credentials;
using Advisor.Aws.Ec2;
using Advisor.Aws.Errors;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Sandbox;

namespace Advisor.Aws.Tests.Ec2;

/// <summary>AWSSDK.EC2 (through <see cref="IEc2Api"/>) against the sandbox's ec2Query: paging, filters, GPU info, spot prices.</summary>
public sealed class Ec2AgainstSandboxTests
{
    [Fact]
    public async Task Describe_Instances_Pages_Through_Every_Instance()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 3, scale: 5);
        using var ec2 = (Ec2Client)Ec2Of(sandbox);
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ec2.DescribeInstancesAsync(new Ec2InstanceQuery { MaxResults = 5, NextToken = token }, CancellationToken.None);
            Assert.True(page.Instances.Count <= 5);
            seen.AddRange(page.Instances.Select(i => i.InstanceId));
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        var estate = sandbox.Generated.Estate.Ec2Instances;
        Assert.Equal(estate.Select(i => i.InstanceId).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal((estate.Count + 4) / 5, pages);
        Assert.Equal(pages, sandbox.Server.Stats.Snapshot().CallsOf("Ec2.DescribeInstances"));
    }

    [Fact]
    public async Task Describe_Instances_Applies_Type_And_State_Filters_And_Maps_Every_Field()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 3, scale: 5);
        using var ec2 = (Ec2Client)Ec2Of(sandbox);

        var page = await ec2.DescribeInstancesAsync(
            new Ec2InstanceQuery { InstanceTypes = ["g4dn.*", "g5.xlarge"], States = ["running"] }, CancellationToken.None);

        var expected = sandbox.Generated.Estate.Ec2Instances
            .Where(i => (i.InstanceType.StartsWith("g4dn.", StringComparison.Ordinal) || i.InstanceType == "g5.xlarge") && i.State == "running")
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(i => i.InstanceId).Order(StringComparer.Ordinal), page.Instances.Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        foreach (var instance in page.Instances)
        {
            var truth = expected.Single(i => i.InstanceId == instance.InstanceId);
            Assert.Equal(truth.InstanceType, instance.InstanceType);
            Assert.Equal("running", instance.State);
            Assert.Equal(truth.LaunchTime, instance.LaunchTime);
            Assert.Equal(truth.AvailabilityZone, instance.AvailabilityZone);
            Assert.Equal("ebs", instance.RootDeviceType);
            Assert.Equal(truth.Lifecycle, instance.Lifecycle);
            Assert.Equal(truth.Tags["Name"], instance.Tags["Name"]);
        }
    }

    [Fact]
    public async Task Describe_Instance_Types_Reports_Gpus_Neuron_Devices_And_None_For_Cpu_Types()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 1, scale: 1);
        using var ec2 = (Ec2Client)Ec2Of(sandbox);

        var page = await ec2.DescribeInstanceTypesAsync(["g5.12xlarge", "inf2.xlarge", "inf1.xlarge", "m5.large"], null, CancellationToken.None);

        var g5 = page.InstanceTypes.Single(t => t.InstanceType == "g5.12xlarge");
        Assert.Equal((48, 196_608L, 4, "NVIDIA", "A10G", 98_304L), (g5.VCpus, g5.MemoryMib, g5.GpuCount, g5.GpuManufacturer, g5.GpuModel, g5.GpuMemoryMib));
        Assert.Equal(0, g5.AcceleratorCount);
        var inf2 = page.InstanceTypes.Single(t => t.InstanceType == "inf2.xlarge");
        Assert.Equal((0, 1, "Inferentia2"), (inf2.GpuCount, inf2.AcceleratorCount, inf2.AcceleratorName));
        var inf1 = page.InstanceTypes.Single(t => t.InstanceType == "inf1.xlarge");
        Assert.Equal((1, "Inferentia"), (inf1.AcceleratorCount, inf1.AcceleratorName));
        var m5 = page.InstanceTypes.Single(t => t.InstanceType == "m5.large");
        Assert.Equal((2, 8192L, 0, 0), (m5.VCpus, m5.MemoryMib, m5.GpuCount, m5.AcceleratorCount));
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task Describe_Instance_Types_Rejects_An_Unknown_Type_As_A_Validation_Error()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 1, scale: 1);
        using var ec2 = (Ec2Client)Ec2Of(sandbox);

        var error = await Assert.ThrowsAsync<AwsValidationException>(
            () => ec2.DescribeInstanceTypesAsync(["g5.xlarge", "x9.mega"], null, CancellationToken.None));

        Assert.Equal("InvalidInstanceType", error.ErrorCode);
        Assert.Contains("x9.mega", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spot_Price_History_Pages_Newest_First_Within_The_Family_Discount_Band()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 1, scale: 1);
        using var ec2 = (Ec2Client)Ec2Of(sandbox);
        var now = sandbox.Generated.Estate.Now;
        var prices = new List<Advisor.Core.Snapshots.SpotPriceObservation>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ec2.DescribeSpotPriceHistoryAsync(
                new SpotPriceQuery { InstanceTypes = ["g5.xlarge", "p3.2xlarge"], StartTime = now.AddDays(-2), MaxResults = 10, NextToken = token },
                CancellationToken.None);
            prices.AddRange(page.Prices);
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        // Why: 2 days at one price per 6 hours is 8 steps plus the step in effect at the start, for 2 types in 3 zones.
        Assert.Equal(9 * 2 * 3, prices.Count);
        Assert.Equal(6, pages);
        Assert.Equal(prices.OrderByDescending(p => p.Timestamp).Select(p => p.Timestamp), prices.Select(p => p.Timestamp));
        Assert.All(prices.Where(p => p.InstanceType == "g5.xlarge"), p => Assert.InRange(p.UsdPerHour, 1.006m * 0.31m, 1.006m * 0.53m));
        Assert.All(prices.Where(p => p.InstanceType == "p3.2xlarge"), p => Assert.InRange(p.UsdPerHour, 3.06m * 0.13m, 3.06m * 0.48m));
        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], prices.Select(p => p.AvailabilityZone).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_Wrong_Secret_Is_Access_Denied()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 1, scale: 1);
        using var ec2 = (Ec2Client)sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "not-the-secret"))
            .CreateEc2(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(
            () => ec2.DescribeInstancesAsync(new Ec2InstanceQuery(), CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
    }

    internal static IEc2Api Ec2Of(SandboxHarness sandbox) =>
        sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey))
            .CreateEc2(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);
}
