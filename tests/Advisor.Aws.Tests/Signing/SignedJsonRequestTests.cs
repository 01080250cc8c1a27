using System.Text.RegularExpressions;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.Signing;

public sealed partial class SignedJsonRequestTests
{
    [Fact]
    public async Task Sends_A_SageMaker_Call_As_A_Signed_Json_1_1_Post()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("sagemaker.DescribeEndpoint_1.json"));

        await clients.SageMaker().DescribeEndpointAsync("churn-prod");

        var sent = Assert.Single(clients.Handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("http://127.0.0.1:4566/", sent.Uri.ToString());
        Assert.Equal("application/x-amz-json-1.1", sent.ContentType);
        Assert.Equal("SageMaker.DescribeEndpoint", sent.Header("X-Amz-Target"));
        Assert.Equal("20260801T001500Z", sent.Header("X-Amz-Date"));
        Assert.Null(sent.Header("x-amzn-query-mode"));
        Assert.Null(sent.Header("X-Amz-Security-Token"));
        Assert.Equal("""{"EndpointName":"churn-prod"}""", sent.BodyText);

        var authorization = Authorization.Match(sent.Header("Authorization")!);
        Assert.True(authorization.Success, sent.Header("Authorization"));
        Assert.Equal("AKIDEXAMPLE/20260801/eu-west-1/sagemaker/aws4_request", authorization.Groups["credential"].Value);
        Assert.Equal("content-type;host;x-amz-date;x-amz-target", authorization.Groups["signed"].Value);
        var canonical =
            "POST\n/\n\n" +
            "content-type:application/x-amz-json-1.1\n" +
            "host:127.0.0.1:4566\n" +
            "x-amz-date:20260801T001500Z\n" +
            "x-amz-target:SageMaker.DescribeEndpoint\n\n" +
            "content-type;host;x-amz-date;x-amz-target\n" +
            IndependentSigV4.Sha256Hex(sent.BodyText);
        Assert.Equal(
            IndependentSigV4.Signature(TestClients.SecretKey, "20260801T001500Z", "eu-west-1", "sagemaker", canonical),
            authorization.Groups["signature"].Value);
    }

    [Fact]
    public async Task Sends_CloudWatch_As_Json_1_0_With_Query_Mode_Signed()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("cloudwatch.GetMetricData_1.json"));
        var spec = new MetricSpec("AWS/SageMaker", "Invocations", [new MetricDimension("EndpointName", "churn-prod"), new MetricDimension("VariantName", "AllTraffic")], "Sum", 3600);
        var start = new DateTimeOffset(2026, 7, 31, 0, 0, 0, TimeSpan.Zero);

        await clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("inv", spec)], start, start.AddDays(1)));

        var sent = Assert.Single(clients.Handler.Requests);
        Assert.Equal("application/x-amz-json-1.0", sent.ContentType);
        Assert.Equal("GraniteServiceVersion20100801.GetMetricData", sent.Header("X-Amz-Target"));
        Assert.Equal("true", sent.Header("x-amzn-query-mode"));
        var authorization = Authorization.Match(sent.Header("Authorization")!);
        Assert.Equal("AKIDEXAMPLE/20260801/eu-west-1/monitoring/aws4_request", authorization.Groups["credential"].Value);
        Assert.Equal("content-type;host;x-amz-date;x-amz-target;x-amzn-query-mode", authorization.Groups["signed"].Value);
        var canonical =
            "POST\n/\n\n" +
            "content-type:application/x-amz-json-1.0\n" +
            "host:127.0.0.1:4566\n" +
            "x-amz-date:20260801T001500Z\n" +
            "x-amz-target:GraniteServiceVersion20100801.GetMetricData\n" +
            "x-amzn-query-mode:true\n\n" +
            "content-type;host;x-amz-date;x-amz-target;x-amzn-query-mode\n" +
            IndependentSigV4.Sha256Hex(sent.BodyText);
        Assert.Equal(
            IndependentSigV4.Signature(TestClients.SecretKey, "20260801T001500Z", "eu-west-1", "monitoring", canonical),
            authorization.Groups["signature"].Value);
    }

    [Fact]
    public async Task Signs_The_Session_Token_When_The_Credentials_Have_One()
    {
        var clients = new TestClients(sessionToken: "FQoGZXIvYXdzEXAMPLETOKEN");
        clients.Handler.EnqueueOk("""{"Endpoints":[]}""");

        await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest());

        var sent = Assert.Single(clients.Handler.Requests);
        Assert.Equal("FQoGZXIvYXdzEXAMPLETOKEN", sent.Header("X-Amz-Security-Token"));
        var authorization = Authorization.Match(sent.Header("Authorization")!);
        Assert.Equal("content-type;host;x-amz-date;x-amz-security-token;x-amz-target", authorization.Groups["signed"].Value);
        var canonical =
            "POST\n/\n\n" +
            "content-type:application/x-amz-json-1.1\n" +
            "host:127.0.0.1:4566\n" +
            "x-amz-date:20260801T001500Z\n" +
            "x-amz-security-token:FQoGZXIvYXdzEXAMPLETOKEN\n" +
            "x-amz-target:SageMaker.ListEndpoints\n\n" +
            "content-type;host;x-amz-date;x-amz-security-token;x-amz-target\n" +
            IndependentSigV4.Sha256Hex("{}");
        Assert.Equal("{}", sent.BodyText);
        Assert.Equal(
            IndependentSigV4.Signature(TestClients.SecretKey, "20260801T001500Z", "eu-west-1", "sagemaker", canonical),
            authorization.Groups["signature"].Value);
    }

    [Fact]
    public async Task Omits_The_Default_Port_From_The_Signed_Host()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"Endpoints":[]}""");
        var client = new SageMakerClient(clients.Json(AwsServiceEndpoint.SageMaker("eu-west-1")));

        await client.ListEndpointsAsync(new ListEndpointsRequest());

        var sent = Assert.Single(clients.Handler.Requests);
        Assert.Equal("https://api.sagemaker.eu-west-1.amazonaws.com/", sent.Uri.ToString());
        var canonical =
            "POST\n/\n\n" +
            "content-type:application/x-amz-json-1.1\n" +
            "host:api.sagemaker.eu-west-1.amazonaws.com\n" +
            "x-amz-date:20260801T001500Z\n" +
            "x-amz-target:SageMaker.ListEndpoints\n\n" +
            "content-type;host;x-amz-date;x-amz-target\n" +
            IndependentSigV4.Sha256Hex("{}");
        Assert.Equal(
            IndependentSigV4.Signature(TestClients.SecretKey, "20260801T001500Z", "eu-west-1", "sagemaker", canonical),
            Authorization.Match(sent.Header("Authorization")!).Groups["signature"].Value);
    }

    private static Regex Authorization => AuthorizationPattern();

    [GeneratedRegex("^AWS4-HMAC-SHA256 Credential=(?<credential>[^,]+), SignedHeaders=(?<signed>[^,]+), Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();
}
