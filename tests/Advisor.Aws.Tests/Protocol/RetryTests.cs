using System.Net;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Errors;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Tests.Protocol;

public sealed class RetryTests
{
    private const string EmptyList = """{"Endpoints":[]}""";

    [Fact]
    public async Task Succeeds_On_The_Third_Attempt_After_Two_Throttles()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded")
            .EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded")
            .EnqueueOk(EmptyList);

        var page = await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest());

        Assert.Empty(page.Endpoints);
        Assert.Equal(3, clients.Handler.Requests.Count);
        var retries = clients.Logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(2, retries.Count);
        Assert.Equal("SageMaker", retries[0].Properties["Service"]);
        Assert.Equal("ListEndpoints", retries[0].Properties["Operation"]);
        Assert.Equal("ThrottlingException", retries[0].Properties["ErrorCode"]);
        Assert.Equal(2, retries[1].Properties["Attempt"]);
        Assert.True(retries[0].Properties.ContainsKey("Delay"));
    }

    [Fact]
    public async Task Signs_Each_Attempt_Afresh_With_The_Current_Time()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueError(HttpStatusCode.InternalServerError, "InternalFailure", "oops").EnqueueOk(EmptyList);

        await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest());

        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.All(clients.Handler.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.Equal(clients.Handler.Requests[0].BodyText, clients.Handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task Retries_A_500_And_Then_Succeeds()
    {
        var clients = new TestClients();
        clients.Handler.Enqueue(HttpStatusCode.InternalServerError, "{}").EnqueueOk(EmptyList);

        var page = await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest());

        Assert.Empty(page.Endpoints);
        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Gives_Up_With_A_Throttled_Exception_Carrying_The_Request_Id()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded", "req-1")
            .EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded", "req-2")
            .EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded", "req-3");

        var error = await Assert.ThrowsAsync<AwsThrottledException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Equal(3, clients.Handler.Requests.Count);
        Assert.Equal("req-3", error.RequestId);
        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal("Rate exceeded", error.Message);
        Assert.Equal("SageMaker", error.Service);
        Assert.Equal("ListEndpoints", error.Operation);
        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
    }

    [Fact]
    public async Task Does_Not_Retry_A_Validation_Error()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "ValidationException", "1 validation error detected");

        await Assert.ThrowsAsync<AwsValidationException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Single(clients.Handler.Requests);
    }

    [Fact]
    public async Task Does_Not_Retry_An_Access_Denied_Error()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized");

        await Assert.ThrowsAsync<AwsAccessDeniedException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Single(clients.Handler.Requests);
    }

    [Fact]
    public async Task Recognises_The_CloudWatch_Query_Error_Header_As_Throttling()
    {
        var clients = new TestClients(maxAttempts: 2);
        for (var i = 0; i < 2; i++)
        {
            clients.Handler.Enqueue(
                HttpStatusCode.BadRequest,
                """{"__type":"com.amazonaws.cloudwatch#SomethingElse","message":"Rate exceeded"}""",
                ("x-amzn-query-error", "Throttling;Sender"),
                ("x-amzn-RequestId", "cw-" + i));
        }

        var spec = new MetricSpec("AWS/SageMaker", "Invocations", [], "Sum", 3600);
        var start = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var error = await Assert.ThrowsAsync<AwsThrottledException>(() =>
            clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("inv", spec)], start, start.AddDays(1))));

        Assert.Equal("Throttling", error.ErrorCode);
        Assert.Equal("cw-1", error.RequestId);
        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_A_Network_Failure_And_Rethrows_It_When_Attempts_Run_Out()
    {
        var clients = new TestClients(maxAttempts: 2);
        clients.Handler.EnqueueException(new HttpRequestException("connection refused")).EnqueueException(new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Equal("connection refused", error.Message);
        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_A_Network_Failure_And_Then_Succeeds()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueException(new IOException("reset by peer")).EnqueueOk(EmptyList);

        var page = await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest());

        Assert.Empty(page.Endpoints);
        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Stops_Retrying_When_The_Token_Bucket_Is_Empty()
    {
        var clients = new TestClients();
        var retry = new AwsRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, MaxBackoff = TimeSpan.Zero, TokenBucketCapacity = 5 };
        var json = new AwsJsonClient(
            AwsServiceEndpoint.SageMaker("eu-west-1", TestClients.SandboxUrl), clients.HttpClient, clients.Credentials, retry, clients.Clock, clients.Logger);
        clients.Handler
            .EnqueueError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "down")
            .EnqueueError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "down");

        await Assert.ThrowsAsync<AwsServiceErrorException>(() => new SageMakerClient(json).ListEndpointsAsync(new ListEndpointsRequest()));

        // Why: 5 tokens pay for exactly one retry (cost 5), so the second failure is final.
        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.Equal(0, json.RetryTokensAvailable);
    }

    [Fact]
    public async Task Honours_Cancellation_Without_Retrying()
    {
        var clients = new TestClients();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest(), cts.Token));

        Assert.Empty(clients.Handler.Requests);
    }
}
