using System.Globalization;
using System.Text.Json;

namespace Advisor.Aws.Tests.Moto;

/// <summary>One value put into moto's CloudWatch, <see cref="Offset"/> after the estate's anchor hour.</summary>
public sealed record SeededPoint(string Namespace, string MetricName, string EndpointName, string VariantName, TimeSpan Offset, double Value, string Unit);

/// <summary>
/// The SageMaker estate and metrics seeded into moto through the AWS CLI: two endpoint configs (one with two variants),
/// five endpoints and a few Invocations/CPUUtilization values at known times after an anchor hour.
/// </summary>
public static class MotoEstate
{
    public const string ModelName = "advisor-model";
    public const string SingleConfig = "cfg-single";
    public const string DualConfig = "cfg-dual";
    public const string SingleVariant = "AllTraffic";
    public const string PrimaryVariant = "Primary";
    public const string CanaryVariant = "Canary";
    public const string DualEndpoint = "ep-dual";
    public const string InvocationsNamespace = "AWS/SageMaker";
    public const string CpuNamespace = "/aws/sagemaker/Endpoints";

    /// <summary>Why: four endpoints on one config plus one dual-variant endpoint make three pages at page size 2.</summary>
    public static readonly IReadOnlyList<string> SingleEndpoints = ["ep-single-1", "ep-single-2", "ep-single-3", "ep-single-4"];

    public static IReadOnlyList<string> AllEndpoints { get; } = [.. SingleEndpoints, DualEndpoint];

    /// <summary>
    /// The values put. Invocations Sum per hour: ep-single-1 25 then 7; ep-dual Primary 100, Canary 3.
    /// CPUUtilization Average per hour: ep-single-1 30 then 50.
    /// </summary>
    public static IReadOnlyList<SeededPoint> Points { get; } =
    [
        new(InvocationsNamespace, "Invocations", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(5), 10, "None"),
        new(InvocationsNamespace, "Invocations", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(35), 15, "None"),
        new(InvocationsNamespace, "Invocations", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(70), 7, "None"),
        new(InvocationsNamespace, "Invocations", DualEndpoint, PrimaryVariant, TimeSpan.FromMinutes(10), 100, "None"),
        new(InvocationsNamespace, "Invocations", DualEndpoint, CanaryVariant, TimeSpan.FromMinutes(20), 3, "None"),
        new(CpuNamespace, "CPUUtilization", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(5), 20, "Percent"),
        new(CpuNamespace, "CPUUtilization", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(35), 40, "Percent"),
        new(CpuNamespace, "CPUUtilization", "ep-single-1", SingleVariant, TimeSpan.FromMinutes(70), 50, "Percent"),
    ];

    /// <summary>Creates the model, configs and endpoints, then puts <see cref="Points"/> relative to <paramref name="anchorHour"/>.</summary>
    public static async Task SeedAsync(AwsCli cli, DateTimeOffset anchorHour)
    {
        ArgumentNullException.ThrowIfNull(cli);
        await cli.RunAsync(
            "sagemaker", "create-model", "--model-name", ModelName,
            "--execution-role-arn", "arn:aws:iam::123456789012:role/advisor-moto",
            "--primary-container", """{"Image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/advisor:latest"}""");

        // Why: moto validates instance types against an older list; ml.m5.large, ml.g4dn.xlarge and ml.p3.2xlarge are on it.
        await Task.WhenAll(
            CreateConfigAsync(cli, SingleConfig, [Variant(SingleVariant, "ml.m5.large", 1, 1.0)]),
            CreateConfigAsync(cli, DualConfig, [Variant(PrimaryVariant, "ml.g4dn.xlarge", 2, 0.5), Variant(CanaryVariant, "ml.p3.2xlarge", 1, 0.5)]));

        var endpoints = SingleEndpoints.Select(name => (name, SingleConfig)).Append((DualEndpoint, DualConfig))
            .Select(e => cli.RunAsync("sagemaker", "create-endpoint", "--endpoint-name", e.Item1, "--endpoint-config-name", e.Item2));
        var metrics = Points.GroupBy(p => p.Namespace, StringComparer.Ordinal)
            .Select(g => cli.RunAsync("cloudwatch", "put-metric-data", "--namespace", g.Key, "--metric-data", MetricDataJson(g, anchorHour)));
        await Task.WhenAll(endpoints.Concat(metrics));
    }

    private static Task<string> CreateConfigAsync(AwsCli cli, string name, Dictionary<string, object>[] variants) =>
        cli.RunAsync("sagemaker", "create-endpoint-config", "--endpoint-config-name", name, "--production-variants", JsonSerializer.Serialize(variants));

    private static Dictionary<string, object> Variant(string name, string instanceType, int count, double weight) => new Dictionary<string, object>
    {
        ["VariantName"] = name,
        ["ModelName"] = ModelName,
        ["InstanceType"] = instanceType,
        ["InitialInstanceCount"] = count,
        ["InitialVariantWeight"] = weight,
    };

    private static string MetricDataJson(IEnumerable<SeededPoint> points, DateTimeOffset anchorHour) => JsonSerializer.Serialize(points.Select(p => new Dictionary<string, object>
    {
        ["MetricName"] = p.MetricName,
        ["Dimensions"] = new[]
        {
            new Dictionary<string, string> { ["Name"] = "EndpointName", ["Value"] = p.EndpointName },
            new Dictionary<string, string> { ["Name"] = "VariantName", ["Value"] = p.VariantName },
        },
        ["Timestamp"] = (anchorHour + p.Offset).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["Value"] = p.Value,
        ["Unit"] = p.Unit,
    }).ToList());
}
