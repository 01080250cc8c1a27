using System.Text.Json;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>
/// Real AWS CLIs against the sandbox. The image's CLI speaks JSON 1.0 to CloudWatch and Debian's speaks the query
/// protocol; both must work. A missing CLI fails (with install advice), it is never skipped.
/// </summary>
public sealed class AwsCliTests
{
    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task List_Endpoints_Returns_The_Estate_Endpoints(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "list-endpoints");
        var names = Wire.Names(JsonDocument.Parse(result).RootElement.GetProperty("Endpoints"), "EndpointName").Order(StringComparer.Ordinal);
        Assert.Equal(["alpha", "beta", "delta", "epsilon", "gamma-serverless"], names);
        Assert.True(sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListEndpoints") >= 1);
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Endpoint_Config_Returns_The_Instance_Type(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "describe-endpoint-config", "--endpoint-config-name", "beta-cfg");
        var variant = JsonDocument.Parse(result).RootElement.GetProperty("ProductionVariants")[0];
        Assert.Equal("ml.m5.large", variant.GetProperty("InstanceType").GetString());
        Assert.Equal(1, variant.GetProperty("InitialInstanceCount").GetInt32());
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Get_Metric_Data_Returns_The_Estate_Values(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var queries = """
            [{"Id":"inv","MetricStat":{"Metric":{"Namespace":"AWS/SageMaker","MetricName":"Invocations",
              "Dimensions":[{"Name":"EndpointName","Value":"alpha"},{"Name":"VariantName","Value":"AllTraffic"}]},"Period":3600,"Stat":"Sum"}}]
            """;
        var start = TestEstate.SeriesStart;
        var result = await RunOkAsync(cli, sandbox, "cloudwatch", "get-metric-data",
            "--metric-data-queries", queries.ReplaceLineEndings(string.Empty),
            "--start-time", start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "--end-time", start.AddHours(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "--scan-by", "TimestampAscending");
        var inv = JsonDocument.Parse(result).RootElement.GetProperty("MetricDataResults")[0];
        Assert.Equal("inv", inv.GetProperty("Id").GetString());
        Assert.Equal([1d, 2, 3, 4, 5, 8, 9, 10], inv.GetProperty("Values").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(8, inv.GetProperty("Timestamps").GetArrayLength());
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("CloudWatch.GetMetricData"));
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task A_Wrong_Secret_Key_Fails_With_InvalidSignatureException(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var result = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, "wrong-secret-key", "sagemaker", "list-endpoints");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("InvalidSignatureException", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxCredentials.SecretAccessKey, result.StdErr, StringComparison.Ordinal);
    }

    private static async Task<string> RunOkAsync(AwsCliFlavour cli, RunningSandbox sandbox, params string[] args)
    {
        var result = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, args);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} exited with {result.ExitCode}. stderr: {result.StdErr}");
        return result.StdOut;
    }
}
