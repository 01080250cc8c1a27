using Advisor.Aws.CloudWatch;
using Advisor.Aws.Errors;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// Our CloudWatch client against moto. moto 5.2 serves CloudWatch's JSON 1.0 protocol (the AWS CLI 1.45 / botocore 1.43
/// that seeds it speaks it too, with <c>x-amzn-query-mode: true</c>), so GetMetricData is exercised end to end.
/// Where moto 5.2.1 differs from CloudWatch (found by experiment, see moto/cloudwatch/models.py get_metric_data):
/// periods are counted from StartTime (the same as CloudWatch's here, since every window starts on the hour); the default
/// Label is "Invocations Sum"; it never pages (no NextToken, MaxDatapoints ignored); and when a query has dimensions it
/// ignores the query's Namespace, so an AWS/SageMaker CPUUtilization query returns points put under
/// /aws/sagemaker/Endpoints. No test here relies on that namespace quirk: every query uses the namespace it was put in.
/// </summary>
[Collection(MotoSuite.Name)]
public sealed class MotoCloudWatchTests(MotoFixture moto)
{
    private const int Hour = 3600;

    [Fact]
    public async Task GetMetricData_Returns_The_Hourly_Sum_Of_The_Invocations_Put()
    {
        var result = await QueryOneAsync(Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-1", MotoEstate.SingleVariant, "Sum"));

        Assert.Equal("Complete", result.StatusCode);
        Assert.Equal([moto.AnchorHour, moto.AnchorHour.AddHours(1)], result.Timestamps);
        Assert.Equal([25.0, 7.0], result.Values);
    }

    [Fact]
    public async Task GetMetricData_Returns_The_Hourly_Average_Of_The_CPU_Utilization_Put()
    {
        var result = await QueryOneAsync(Spec(MotoEstate.CpuNamespace, "CPUUtilization", "ep-single-1", MotoEstate.SingleVariant, "Average"));

        Assert.Equal([moto.AnchorHour, moto.AnchorHour.AddHours(1)], result.Timestamps);
        Assert.Equal([30.0, 50.0], result.Values);
    }

    [Fact]
    public async Task GetMetricData_Keeps_The_Variants_Of_One_Endpoint_Apart()
    {
        var primary = new MetricDataQuery("primary", Spec(MotoEstate.InvocationsNamespace, "Invocations", MotoEstate.DualEndpoint, MotoEstate.PrimaryVariant, "Sum"));
        var canary = new MetricDataQuery("canary", Spec(MotoEstate.InvocationsNamespace, "Invocations", MotoEstate.DualEndpoint, MotoEstate.CanaryVariant, "Sum"));

        var response = await moto.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([primary, canary], WindowStart, WindowEnd));

        Assert.Null(response.NextToken);
        Assert.Equal(["primary", "canary"], response.Results.Select(r => r.Id));
        Assert.Equal([100.0], response.Results[0].Values);
        Assert.Equal([3.0], response.Results[1].Values);
        Assert.All(response.Results, r => Assert.Equal([moto.AnchorHour], r.Timestamps));
    }

    [Fact]
    public async Task An_EndpointName_Only_Query_Returns_No_Points_Because_Dimensions_Match_Exactly()
    {
        var spec = new MetricSpec(MotoEstate.InvocationsNamespace, "Invocations", [new MetricDimension("EndpointName", "ep-single-1")], "Sum", Hour);

        var result = await QueryOneAsync(spec);

        Assert.Equal("Complete", result.StatusCode);
        Assert.Empty(result.Timestamps);
        Assert.Empty(result.Values);
    }

    [Fact]
    public async Task A_Window_Before_The_Points_Returns_No_Points()
    {
        var spec = Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-1", MotoEstate.SingleVariant, "Sum");
        var query = new MetricDataQuery("m0", spec);

        var response = await moto.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([query], WindowStart.AddHours(-5), moto.AnchorHour));

        Assert.Empty(Assert.Single(response.Results).Values);
    }

    [Fact]
    public async Task GetMetricDataAllPagesAsync_Returns_One_Result_Per_Query_In_Query_Order()
    {
        MetricDataQuery[] queries =
        [
            new("cpu", Spec(MotoEstate.CpuNamespace, "CPUUtilization", "ep-single-1", MotoEstate.SingleVariant, "Maximum")),
            new("inv", Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-1", MotoEstate.SingleVariant, "SampleCount")),
            new("none", Spec(MotoEstate.InvocationsNamespace, "Invocations", "ep-single-2", MotoEstate.SingleVariant, "Sum")),
        ];

        var results = await moto.CloudWatch().GetMetricDataAllPagesAsync(queries, WindowStart, WindowEnd);

        Assert.Equal(["cpu", "inv", "none"], results.Select(r => r.Id));
        Assert.Equal([40.0, 50.0], results[0].Values);
        Assert.Equal([2.0, 1.0], results[1].Values);
        Assert.Empty(results[2].Values);
        Assert.All(results, r => Assert.Equal("Complete", r.StatusCode));
    }

    [Fact]
    public async Task An_Unknown_Statistic_Is_A_Typed_Aws_Error_Not_A_Crash()
    {
        // Why: real CloudWatch answers 400 InvalidParameterValue (our AwsValidationException). moto 5.2.1 instead crashes in
        // its statistics code and answers HTTP 500 with an HTML page; our client retries that as a 5xx and then throws
        // AwsServiceErrorException ("the error body is not JSON"). Either way it must be a typed AWS error, never a JsonException.
        var spec = Spec(MotoEstate.CpuNamespace, "CPUUtilization", "ep-single-1", MotoEstate.SingleVariant, "NoSuchStatistic");

        var error = await Assert.ThrowsAnyAsync<AwsServiceException>(() => QueryOneAsync(spec));

        Assert.Equal("GetMetricData", error.Operation);
        Assert.DoesNotContain(MotoFixture.SecretKey, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Why: one hour before the anchor to one hour before the last whole hour covers every point with empty hours on both sides.</summary>
    private DateTimeOffset WindowStart => moto.AnchorHour.AddHours(-1);

    private DateTimeOffset WindowEnd => moto.AnchorHour.AddHours(3);

    private static MetricSpec Spec(string ns, string metric, string endpoint, string variant, string stat) =>
        new(ns, metric, [new MetricDimension("EndpointName", endpoint), new MetricDimension("VariantName", variant)], stat, Hour);

    private async Task<MetricDataResult> QueryOneAsync(MetricSpec spec)
    {
        var response = await moto.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("m0", spec)], WindowStart, WindowEnd));
        Assert.Null(response.NextToken);
        var result = Assert.Single(response.Results);
        Assert.Equal("m0", result.Id);
        return result;
    }
}
