using System.Net;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Tests.Protocol;

public sealed class RetryClockTests
{
    [Fact]
    public async Task Waits_Between_Attempts_On_The_Injected_Clock()
    {
        var clients = new TestClients();

        // Why: an hour-long backoff would hang the test if the wait used the real clock; only advancing the fake clock ends it.
        var retry = new AwsRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromHours(1), MaxBackoff = TimeSpan.FromHours(1) };
        var json = new AwsJsonClient(
            AwsServiceEndpoint.SageMaker("eu-west-1", TestClients.SandboxUrl), clients.HttpClient, clients.Credentials, retry, clients.Clock, clients.Logger)
        {
            Jitter = () => 1.0,
        };
        clients.Handler.EnqueueError(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded").EnqueueOk("""{"Endpoints":[]}""");
        var started = clients.Clock.GetUtcNow();

        var call = new SageMakerClient(json).ListEndpointsAsync(new ListEndpointsRequest());
        for (var step = 0; step < 10_000 && !call.IsCompleted; step++)
        {
            clients.Clock.Advance(TimeSpan.FromMinutes(5));
            await Task.Yield();
        }

        await call.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.True(clients.Clock.GetUtcNow() - started >= TimeSpan.FromHours(1));
        var warning = Assert.Single(clients.Logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(TimeSpan.FromHours(1), warning.Properties["Delay"]);
    }
}
