using System.Net;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;

namespace Advisor.Aws.Tests.Protocol;

public sealed class ErrorMappingTests
{
    [Fact]
    public async Task Maps_Could_Not_Find_Endpoint_To_Not_Found()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueError(
            HttpStatusCode.BadRequest, "ValidationException",
            "Could not find endpoint \\\"arn:aws:sagemaker:eu-west-1:123456789012:endpoint/gone\\\".", "req-nf");

        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => clients.SageMaker().DescribeEndpointAsync("gone"));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.StartsWith("Could not find endpoint \"arn:aws:sagemaker", error.Message, StringComparison.Ordinal);
        Assert.Equal("req-nf", error.RequestId);
        Assert.Equal("DescribeEndpoint", error.Operation);
        Assert.Single(clients.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "AccessDeniedException", typeof(AwsAccessDeniedException))]
    [InlineData(HttpStatusCode.BadRequest, "UnrecognizedClientException", typeof(AwsAccessDeniedException))]
    [InlineData(HttpStatusCode.Forbidden, "InvalidSignatureException", typeof(AwsAccessDeniedException))]
    [InlineData(HttpStatusCode.BadRequest, "ExpiredTokenException", typeof(AwsAccessDeniedException))]
    [InlineData(HttpStatusCode.Forbidden, "SomethingNew", typeof(AwsAccessDeniedException))]
    [InlineData(HttpStatusCode.BadRequest, "ValidationException", typeof(AwsValidationException))]
    [InlineData(HttpStatusCode.BadRequest, "InvalidParameterValueException", typeof(AwsValidationException))]
    [InlineData(HttpStatusCode.BadRequest, "UnknownOperationException", typeof(AwsValidationException))]
    [InlineData(HttpStatusCode.BadRequest, "ResourceNotFound", typeof(AwsNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, "ResourceNotFoundException", typeof(AwsNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, "LimitExceededException", typeof(AwsThrottledException))]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", typeof(AwsServiceErrorException))]
    public void Classifies_A_Final_Error_By_Code_And_Status(HttpStatusCode status, string code, Type expected)
    {
        var error = AwsErrorClassifier.ToException(new AwsErrorDetails("SageMaker", "Op", code, "message", "rid", status));

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
    }

    [Fact]
    public async Task Reports_A_503_As_A_Service_Error_After_Retries()
    {
        var clients = new TestClients();
        for (var i = 0; i < 3; i++)
        {
            clients.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, "<html>Service Unavailable</html>", ("x-amzn-RequestId", "r" + i));
        }

        var error = await Assert.ThrowsAsync<AwsServiceErrorException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatus);
        Assert.Equal("r2", error.RequestId);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Wraps_A_Success_Body_That_Is_Not_Json_Naming_Service_And_Operation()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("<html>captive portal</html>", "req-html");

        var error = await Assert.ThrowsAsync<AwsInvalidResponseException>(() => clients.SageMaker().DescribeEndpointAsync("churn-prod"));

        Assert.Contains("SageMaker DescribeEndpoint", error.Message, StringComparison.Ordinal);
        Assert.Equal("req-html", error.RequestId);
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Names_A_Missing_Required_Member()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"EndpointName":"x","EndpointStatus":"InService","CreationTime":1}""");

        var error = await Assert.ThrowsAsync<AwsInvalidResponseException>(() => clients.SageMaker().DescribeEndpointAsync("x"));

        Assert.Contains("EndpointArn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefers_The_Error_Type_Header_And_Strips_Namespace_And_Suffix()
    {
        var clients = new TestClients();
        clients.Handler.Enqueue(
            HttpStatusCode.BadRequest,
            """{"__type":"com.amazon#Ignored","Message":"capitalised message member"}""",
            ("X-Amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/"));

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(() => clients.SageMaker().DescribeEndpointAsync("x"));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Equal("capitalised message member", error.Message);
    }

    [Fact]
    public async Task Reads_The_Code_From_The_Body_Type_With_A_Namespace()
    {
        var clients = new TestClients();
        clients.Handler.Enqueue(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.sagemaker#ResourceNotFound","Message":"no such job"}""");

        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => clients.SageMaker().DescribeEndpointAsync("x"));

        Assert.Equal("ResourceNotFound", error.ErrorCode);
        Assert.Equal("no such job", error.Message);
    }

    [Fact]
    public async Task Keeps_The_Secret_Key_Out_Of_Error_Messages()
    {
        var clients = new TestClients(sessionToken: "SESSIONTOKENVALUE");
        clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "ValidationException", "bad");

        var error = await Assert.ThrowsAsync<AwsValidationException>(() => clients.SageMaker().DescribeEndpointAsync("x"));

        Assert.DoesNotContain(TestClients.SecretKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SESSIONTOKENVALUE", error.ToString(), StringComparison.Ordinal);
    }
}
