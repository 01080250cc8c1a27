using System.Net;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// Our SigV4 signatures checked by an independent verifier: moto with authentication on. moto answers auth failures the
/// query-protocol way (HTTP 403 with an XML ErrorResponse, code SignatureDoesNotMatch / InvalidClientTokenId) even for
/// JSON services, where real AWS sends a JSON body; our client cannot read a code from XML, so it classifies by the 403.
/// </summary>
public sealed class MotoSignatureTests(MotoAuthFixture moto) : IClassFixture<MotoAuthFixture>
{
    [Fact]
    public async Task A_SageMaker_Call_Signed_With_The_Issued_Key_Is_Accepted()
    {
        var page = await moto.SageMaker().ListEndpointsAsync(new ListEndpointsRequest(MaxResults: 10));

        Assert.Empty(page.Endpoints);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task A_CloudWatch_Call_Signed_For_Monitoring_Is_Accepted()
    {
        var end = TimeProvider.System.GetUtcNow();
        var spec = new MetricSpec("AWS/SageMaker", "Invocations", [new MetricDimension("EndpointName", "none")], "Sum", 3600);

        var response = await moto.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("m0", spec)], end.AddHours(-2), end));

        Assert.Equal("m0", Assert.Single(response.Results).Id);
    }

    [Fact]
    public async Task A_Call_Signed_With_A_Wrong_Secret_Is_Access_Denied_Without_Leaking_The_Secret()
    {
        const string wrongSecret = "wrongSecretKeyForTheMotoSignatureTest00";

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(
            () => moto.SageMaker(secretKey: wrongSecret).DescribeEndpointAsync("any-endpoint"));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Equal("DescribeEndpoint", error.Operation);
        Assert.DoesNotContain(wrongSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(moto.SecretKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Call_With_An_Access_Key_Moto_Never_Issued_Is_Access_Denied()
    {
        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(
            () => moto.SageMaker(accessKey: MotoFixture.AccessKey, secretKey: MotoFixture.SecretKey).ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
    }
}
