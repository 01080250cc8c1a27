using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;

namespace Advisor.Aws.Tests.AgainstSandbox;

/// <summary>Our signed clients against the sandbox over real HTTP: paging, retries on injected faults, typed errors.</summary>
public sealed class ClientAgainstSandboxTests
{
    [Fact]
    public async Task Lists_Every_Endpoint_Across_Pages_With_One_Call_Per_Page()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 11, scale: 45);

        var names = new List<string>();
        await foreach (var summary in sandbox.SageMaker.ListAllEndpointsAsync(pageSize: 10))
        {
            names.Add(summary.EndpointName);
        }

        Assert.Equal(sandbox.Generated.Estate.Endpoints.Select(e => e.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal(5, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListEndpoints"));
    }

    [Fact]
    public async Task Retries_Throttling_And_Server_Errors_Then_Succeeds()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 12, scale: 5);
        sandbox.Server.Faults.Throttle("SageMaker.ListEndpoints", 2);

        var page = await sandbox.SageMaker.ListEndpointsAsync(new ListEndpointsRequest(MaxResults: 100));

        Assert.Equal(5, page.Endpoints.Count);
        Assert.Equal(3, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListEndpoints"));

        sandbox.Server.Faults.Add(new FaultRule { Operation = "SageMaker.DescribeEndpoint", Kind = FaultKind.Error500, Count = 1 });
        sandbox.Server.Faults.Add(new FaultRule { Operation = "SageMaker.DescribeEndpoint", Kind = FaultKind.Error503, Count = 1 });
        var described = await sandbox.SageMaker.DescribeEndpointAsync(page.Endpoints[0].EndpointName);

        Assert.Equal(page.Endpoints[0].EndpointName, described.EndpointName);
        Assert.Equal(3, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.DescribeEndpoint"));
    }

    [Fact]
    public async Task Gives_Up_After_Three_Throttled_Attempts_With_A_Typed_Error_Carrying_The_Request_Id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 13, scale: 3);
        sandbox.Server.Faults.Throttle("CloudWatch.GetMetricData", 10);
        var endpoint = sandbox.Generated.Estate.Endpoints[0].Name;
        var spec = new MetricSpec("AWS/SageMaker", "Invocations", [new("EndpointName", endpoint), new("VariantName", "AllTraffic")], "Sum", 3600);
        var now = sandbox.Generated.Estate.Now;

        var error = await Assert.ThrowsAsync<AwsThrottledException>(() =>
            sandbox.CloudWatch.GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("m0", spec)], now.AddDays(-1), now)));

        Assert.Equal("Throttling", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal(3, sandbox.Server.Stats.Snapshot().CallsOf("CloudWatch.GetMetricData"));
    }

    [Fact]
    public async Task A_Missing_Endpoint_Is_A_Typed_Not_Found_Error()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 14, scale: 3);

        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => sandbox.SageMaker.DescribeEndpointAsync("no-such-endpoint"));

        Assert.Contains("no-such-endpoint", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.DescribeEndpoint"));
    }

    [Fact]
    public async Task A_Wrong_Secret_Is_Access_Denied_And_Not_Retried()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 15, scale: 3);
        var wrong = sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "wrong-secret"))
            .CreateSageMaker(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(() => wrong.ListEndpointsAsync(new ListEndpointsRequest()));

        Assert.Equal("InvalidSignatureException", error.ErrorCode);
        Assert.DoesNotContain("wrong-secret", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListEndpoints"));
    }
}
