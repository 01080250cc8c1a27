using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>A small hand-built estate: five endpoints, their configs, and a few hourly series with known values.</summary>
internal static class TestEstate
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";
    public const string SageMakerNs = "AWS/SageMaker";
    public const string EndpointsNs = "/aws/sagemaker/Endpoints";

    /// <summary>The estate's "now"; metrics cover the 48 hours before it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SeriesStart = Now.AddHours(-48);

    /// <summary>Invocations of alpha/AllTraffic: hour i has value i+1, except hours 5 and 6, which are gaps.</summary>
    public static double? AlphaInvocations(int hour) => hour is 5 or 6 ? null : hour + 1;

    public static SandboxEstate Build()
    {
        var endpoints = new[]
        {
            Endpoint("alpha", "alpha-cfg", "InService", 1),
            Endpoint("beta", "beta-cfg", "InService", 2),
            Endpoint("gamma-serverless", "gamma-cfg", "InService", 3),
            Endpoint("delta", "delta-cfg", "Failed", 4),
            Endpoint("epsilon", "epsilon-cfg", "InService", 5),
        };
        var configs = new[]
        {
            Config("alpha-cfg", new SandboxVariant { Name = "AllTraffic", ModelName = "alpha-model", InstanceType = "ml.g5.xlarge", InstanceCount = 2 }),
            Config("beta-cfg", new SandboxVariant { Name = "AllTraffic", ModelName = "beta-model", InstanceType = "ml.m5.large", InstanceCount = 1, ManagedScalingMin = 1, ManagedScalingMax = 4 }),
            Config("gamma-cfg", new SandboxVariant { Name = "AllTraffic", ModelName = "gamma-model", ServerlessMemoryMb = 4096, ServerlessMaxConcurrency = 20 }),
            Config("delta-cfg", new SandboxVariant { Name = "AllTraffic", ModelName = "delta-model", InstanceType = "ml.c5.xlarge", InstanceCount = 1, AcceleratorType = "ml.eia2.medium" }),
            Config("epsilon-cfg", new SandboxVariant { Name = "AllTraffic", ModelName = "epsilon-model", InstanceType = "ml.g5.2xlarge", InstanceCount = 3 }),
        };

        var series = new Dictionary<SeriesKey, HourlySeries>
        {
            [Key(SageMakerNs, "Invocations", ("EndpointName", "alpha"), ("VariantName", "AllTraffic"))] =
                new(SeriesStart, Enumerable.Range(0, 48).Select(AlphaInvocations).ToList()),

            // Why: an EndpointName-only series with different values proves dimension matching is exact.
            [Key(SageMakerNs, "Invocations", ("EndpointName", "alpha"))] =
                new(SeriesStart, Enumerable.Range(0, 48).Select(_ => (double?)1000).ToList()),
            [Key(EndpointsNs, "CPUUtilization", ("EndpointName", "alpha"), ("VariantName", "AllTraffic"))] =
                new(SeriesStart, Enumerable.Range(0, 48).Select(h => (double?)(10 + (h % 4))).ToList()),
            [Key(SageMakerNs, "Invocations", ("EndpointName", "beta"), ("VariantName", "AllTraffic"))] =
                new(SeriesStart, Enumerable.Range(0, 48).Select(_ => (double?)0).ToList()),
        };

        return new SandboxEstate
        {
            AccountId = Account,
            Region = Region,
            Now = Now,
            Endpoints = endpoints,
            EndpointConfigs = configs,
            Metrics = new MetricStore(series),
        };
    }

    public static SeriesKey Key(string ns, string name, params (string Name, string Value)[] dims) =>
        new(ns, name, dims.Select(d => new KeyValuePair<string, string>(d.Name, d.Value)));

    private static SandboxEndpoint Endpoint(string name, string config, string status, int day) => new()
    {
        Name = name,
        ConfigName = config,
        Status = status,
        CreationTime = new DateTimeOffset(2026, 6, day, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(123),
        LastModifiedTime = new DateTimeOffset(2026, 7, day, 12, 0, 0, TimeSpan.Zero),
    };

    private static SandboxEndpointConfig Config(string name, SandboxVariant variant) => new()
    {
        Name = name,
        CreationTime = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
        Variants = [variant],
    };
}
