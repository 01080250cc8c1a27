using System.Net;
using Advisor.Aws.Errors;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Aws.Tests.Support;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Protocol;

/// <summary>Adaptive mode rides out throttling storms that standard mode gives up on, without draining the retry bucket.</summary>
public sealed class AdaptiveRetryTests
{
    private const string ListBody = """{"Endpoints":[]}""";

    [Fact]
    public async Task Standard_Mode_Gives_Up_After_Three_Throttled_Attempts()
    {
        var clients = new TestClients();
        for (var i = 0; i < 5; i++)
        {
            clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded");
        }

        await Assert.ThrowsAsync<AwsThrottledException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest()));
        Assert.Equal(3, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Adaptive_Mode_Retries_Throttling_Up_To_Its_Own_Limit_And_Succeeds()
    {
        var clients = new TestClients();
        for (var i = 0; i < 6; i++)
        {
            clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded");
        }

        clients.Handler.EnqueueOk(ListBody);
        var retry = new AwsRetryOptions { Mode = AwsRetryMode.Adaptive, BaseDelay = TimeSpan.Zero, MaxBackoff = TimeSpan.Zero };
        var client = new SageMakerClient(new AwsJsonClient(
            AwsServiceEndpoint.SageMaker(TestClients.Region, TestClients.SandboxUrl), clients.HttpClient, clients.Credentials, retry, clients.Clock,
            clients.Logger));

        var page = await client.ListEndpointsAsync(new ListEndpointsRequest());

        Assert.Empty(page.Endpoints);
        Assert.Equal(7, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Adaptive_Mode_Still_Stops_Non_Throttling_Errors_At_MaxAttempts()
    {
        var clients = new TestClients();
        for (var i = 0; i < 5; i++)
        {
            clients.Handler.EnqueueError(HttpStatusCode.InternalServerError, "InternalFailure", "boom");
        }

        var retry = new AwsRetryOptions { Mode = AwsRetryMode.Adaptive, BaseDelay = TimeSpan.Zero, MaxBackoff = TimeSpan.Zero };
        var client = new SageMakerClient(new AwsJsonClient(
            AwsServiceEndpoint.SageMaker(TestClients.Region, TestClients.SandboxUrl), clients.HttpClient, clients.Credentials, retry, clients.Clock,
            clients.Logger));

        await Assert.ThrowsAsync<AwsServiceErrorException>(() => client.ListEndpointsAsync(new ListEndpointsRequest()));
        Assert.Equal(3, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task Adaptive_Mode_Describes_A_Whole_Estate_Through_A_30_Percent_Throttle_Storm()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 31, scale: 120);
        sandbox.Server.Faults.Add(new FaultRule { Operation = "*", Kind = FaultKind.Throttle, Rate = 0.3, Seed = 7 });
        using var http = new HttpClient();
        var retry = new AwsRetryOptions { Mode = AwsRetryMode.Adaptive, BaseDelay = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(4) };
        var factory = new AwsClientFactory(
            new Advisor.Aws.Credentials.StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey),
            http, NullLoggerFactory.Instance, TimeProvider.System, retry);
        var client = factory.CreateSageMaker(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);

        var described = 0;
        await foreach (var summary in client.ListAllEndpointsAsync(pageSize: 20))
        {
            _ = await client.DescribeEndpointAsync(summary.EndpointName);
            described++;
        }

        Assert.Equal(120, described);
        var calls = sandbox.Server.Stats.Snapshot();
        Assert.True(calls.CallsOf("SageMaker.DescribeEndpoint") > 120, "the storm should have forced retries");
    }
}
