using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>Both real AWS CLIs against the sandbox's EC2 and STS (ec2Query and awsQuery) and the CWAgent GPU metrics.</summary>
public sealed class Ec2StsCliTests
{
    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Instances_Pages_And_Filters_By_Type_And_State(AwsCliFlavour cli)
    {
        var estate = Generated();
        await using var sandbox = await RunningSandbox.StartAsync(estate: estate);
        var json = await RunOkAsync(cli, sandbox, "ec2", "describe-instances", "--page-size", "5",
            "--filters", "Name=instance-type,Values=g5.*,g4dn.xlarge,p3.*,g6.*", "Name=instance-state-name,Values=running");

        var instances = JsonDocument.Parse(json).RootElement.GetProperty("Reservations").EnumerateArray()
            .SelectMany(r => r.GetProperty("Instances").EnumerateArray()).ToList();
        var expected = estate.Ec2Instances
            .Where(i => (i.InstanceType.StartsWith("g5.", StringComparison.Ordinal) || i.InstanceType.StartsWith("p3.", StringComparison.Ordinal)
                || i.InstanceType.StartsWith("g6.", StringComparison.Ordinal) || i.InstanceType == "g4dn.xlarge") && i.State == "running")
            .ToList();
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected.Select(i => i.InstanceId).Order(StringComparer.Ordinal),
            instances.Select(i => i.GetProperty("InstanceId").GetString()!).Order(StringComparer.Ordinal));
        var first = instances.Single(i => i.GetProperty("InstanceId").GetString() == expected[0].InstanceId);
        Assert.Equal(expected[0].InstanceType, first.GetProperty("InstanceType").GetString());
        Assert.Equal("running", first.GetProperty("State").GetProperty("Name").GetString());
        Assert.Equal(16, first.GetProperty("State").GetProperty("Code").GetInt32());
        Assert.Equal(expected[0].AvailabilityZone, first.GetProperty("Placement").GetProperty("AvailabilityZone").GetString());
        Assert.Equal(expected[0].Tags["Name"], first.GetProperty("Tags").EnumerateArray().Single(t => t.GetProperty("Key").GetString() == "Name")
            .GetProperty("Value").GetString());

        // Why: 7 matching instances at 5 a page is two DescribeInstances calls.
        Assert.Equal(2, sandbox.Server.Stats.Snapshot().CallsOf("Ec2.DescribeInstances"));
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Instance_Types_Returns_Gpu_Info(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync(estate: Generated());
        var json = await RunOkAsync(cli, sandbox, "ec2", "describe-instance-types", "--instance-types", "g5.12xlarge", "inf1.xlarge", "m5.large");

        var types = JsonDocument.Parse(json).RootElement.GetProperty("InstanceTypes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("InstanceType").GetString()!);
        Assert.Equal(["g5.12xlarge", "inf1.xlarge", "m5.large"], types.Keys.Order(StringComparer.Ordinal));
        var gpuInfo = types["g5.12xlarge"].GetProperty("GpuInfo");
        var gpu = gpuInfo.GetProperty("Gpus")[0];
        Assert.Equal(("A10G", "NVIDIA", 4, 24_576), (gpu.GetProperty("Name").GetString(), gpu.GetProperty("Manufacturer").GetString(),
            gpu.GetProperty("Count").GetInt32(), gpu.GetProperty("MemoryInfo").GetProperty("SizeInMiB").GetInt32()));
        Assert.Equal(98_304, gpuInfo.GetProperty("TotalGpuMemoryInMiB").GetInt32());
        Assert.Equal(48, types["g5.12xlarge"].GetProperty("VCpuInfo").GetProperty("DefaultVCpus").GetInt32());
        var inferentia = types["inf1.xlarge"].GetProperty("InferenceAcceleratorInfo").GetProperty("Accelerators")[0];
        Assert.Equal(("Inferentia", 1), (inferentia.GetProperty("Name").GetString(), inferentia.GetProperty("Count").GetInt32()));
        Assert.False(types["m5.large"].TryGetProperty("GpuInfo", out _));
        Assert.Equal(8192, types["m5.large"].GetProperty("MemoryInfo").GetProperty("SizeInMiB").GetInt32());
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Spot_Price_History_Returns_Linux_Prices_In_The_Family_Band(AwsCliFlavour cli)
    {
        var estate = Generated();
        await using var sandbox = await RunningSandbox.StartAsync(estate: estate);
        var json = await RunOkAsync(cli, sandbox, "ec2", "describe-spot-price-history", "--instance-types", "g4dn.xlarge",
            "--product-descriptions", "Linux/UNIX", "--start-time", Iso(estate.Now.AddHours(-12)), "--end-time", Iso(estate.Now));

        var prices = JsonDocument.Parse(json).RootElement.GetProperty("SpotPriceHistory").EnumerateArray().ToList();

        // Why: 12 hours at one price per 6 hours = 3 steps (start included), in zones a, b and c.
        Assert.Equal(9, prices.Count);
        Assert.All(prices, p =>
        {
            Assert.Equal("g4dn.xlarge", p.GetProperty("InstanceType").GetString());
            Assert.Equal("Linux/UNIX", p.GetProperty("ProductDescription").GetString());
            var usd = decimal.Parse(p.GetProperty("SpotPrice").GetString()!, CultureInfo.InvariantCulture);
            Assert.InRange(usd, 0.526m * 0.32m, 0.526m * 0.49m);
        });
        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], prices.Select(p => p.GetProperty("AvailabilityZone").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Assume_Role_Issues_Session_Credentials_For_The_Estate_Account_Only(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync(estate: Generated());
        var json = await RunOkAsync(cli, sandbox, "sts", "assume-role",
            "--role-arn", "arn:aws:iam::123456789012:role/AdvisorRead", "--role-session-name", "cli-test", "--duration-seconds", "900");

        var root = JsonDocument.Parse(json).RootElement;
        var credentials = root.GetProperty("Credentials");
        Assert.StartsWith("ASIA", credentials.GetProperty("AccessKeyId").GetString(), StringComparison.Ordinal);
        Assert.Equal(40, credentials.GetProperty("SecretAccessKey").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(credentials.GetProperty("SessionToken").GetString()));
        var expiration = DateTimeOffset.Parse(credentials.GetProperty("Expiration").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(expiration, DateTimeOffset.UtcNow.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(20));
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/AdvisorRead/cli-test", root.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());

        var denied = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, "sts", "assume-role",
            "--role-arn", "arn:aws:iam::999988887777:role/AdvisorRead", "--role-session-name", "cli-test");
        Assert.NotEqual(0, denied.ExitCode);
        Assert.Contains("AccessDenied", denied.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task List_Metrics_Finds_One_CWAgent_Gpu_Series_Per_Gpu_With_Its_Dimensions(AwsCliFlavour cli)
    {
        var estate = Generated();
        await using var sandbox = await RunningSandbox.StartAsync(estate: estate);
        var json = await RunOkAsync(cli, sandbox, "cloudwatch", "list-metrics", "--namespace", "CWAgent", "--metric-name", "nvidia_smi_utilization_gpu");

        var metrics = JsonDocument.Parse(json).RootElement.GetProperty("Metrics").EnumerateArray().ToList();
        var expectedGpus = estate.Ec2Instances.Where(i => i.HasGpuAgentMetrics)
            .Sum(i => Advisor.Core.Pricing.BundledPriceBook.Default.Spec(i.InstanceType) is { Accelerator: "gpu" } s ? s.GpuCount : 0);
        Assert.Equal(expectedGpus, metrics.Count);
        Assert.All(metrics, m => Assert.Equal(["InstanceId", "host", "index", "name"],
            m.GetProperty("Dimensions").EnumerateArray().Select(d => d.GetProperty("Name").GetString()).Order(StringComparer.Ordinal)));
        var big = estate.Ec2Instances.Single(i => i.InstanceType == "g5.12xlarge");
        var indexes = metrics.Select(m => m.GetProperty("Dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("Name").GetString()!, d => d.GetProperty("Value").GetString()))
            .Where(d => d["InstanceId"] == big.InstanceId).ToList();
        Assert.Equal(["0", "1", "2", "3"], indexes.Select(d => d["index"]).Order(StringComparer.Ordinal));
        Assert.All(indexes, d => Assert.Equal("NVIDIA A10G", d["name"]));
    }

    private static SandboxEstate Generated() => EstateGenerator.Generate(new GeneratorOptions
    {
        Seed = 4,
        Scale = 3,
        Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow),
    }).Estate;

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task<string> RunOkAsync(AwsCliFlavour cli, RunningSandbox sandbox, params string[] args)
    {
        var result = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, args);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} exited with {result.ExitCode}. stderr: {result.StdErr}");
        return result.StdOut;
    }
}
