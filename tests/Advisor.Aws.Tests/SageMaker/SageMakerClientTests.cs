using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;

namespace Advisor.Aws.Tests.SageMaker;

public sealed class SageMakerClientTests
{
    [Fact]
    public async Task Maps_DescribeEndpoint_Including_Fractional_Timestamps()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("sagemaker.DescribeEndpoint_1.json"));

        var endpoint = await clients.SageMaker().DescribeEndpointAsync("churn-prod");

        Assert.Equal("churn-prod", endpoint.EndpointName);
        Assert.Equal("arn:aws:sagemaker:eu-west-1:123456789012:endpoint/churn-prod", endpoint.EndpointArn);
        Assert.Equal("churn-prod-cfg-2026-06-01", endpoint.EndpointConfigName);
        Assert.Equal("InService", endpoint.EndpointStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1780300799123), endpoint.CreationTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1780301290456), endpoint.LastModifiedTime);
        var variant = Assert.Single(endpoint.ProductionVariants);
        Assert.Equal(new ProductionVariantSummary("AllTraffic", 2, 2, 1.0, null), variant);
    }

    [Fact]
    public async Task Maps_The_Current_Serverless_Memory_Of_A_Serverless_Variant()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("sagemaker.DescribeEndpoint_serverless.json"));

        var endpoint = await clients.SageMaker().DescribeEndpointAsync("fraud-serverless");

        var variant = Assert.Single(endpoint.ProductionVariants);
        Assert.Equal(4096, variant.CurrentServerlessMemorySizeInMb);
        Assert.Null(variant.CurrentInstanceCount);
    }

    [Fact]
    public async Task Maps_DescribeEndpointConfig_With_Instance_And_Serverless_Variants()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("sagemaker.DescribeEndpointConfig_1.json"));

        var config = await clients.SageMaker().DescribeEndpointConfigAsync("churn-prod-cfg-2026-06-01");

        Assert.Equal("""{"EndpointConfigName":"churn-prod-cfg-2026-06-01"}""", clients.Handler.Requests[0].BodyText);
        Assert.Equal("SageMaker.DescribeEndpointConfig", clients.Handler.Requests[0].Header("X-Amz-Target"));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1780300790001), config.CreationTime);
        Assert.Equal(2, config.ProductionVariants.Count);
        var instance = config.ProductionVariants[0];
        Assert.Equal("ml.g5.xlarge", instance.InstanceType);
        Assert.Equal(2, instance.InitialInstanceCount);
        Assert.Equal("churn-model-1-4", instance.ModelName);
        Assert.Equal(new ManagedInstanceScaling("DISABLED", null, null), instance.ManagedInstanceScaling);
        Assert.Null(instance.ServerlessConfig);
        var serverless = config.ProductionVariants[1];
        Assert.Null(serverless.InstanceType);
        Assert.Equal(new ServerlessConfig(4096, 20), serverless.ServerlessConfig);
    }

    [Fact]
    public async Task Sends_ListEndpoints_Paging_Members_And_Omits_Nulls()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"Endpoints":[],"NextToken":""}""");

        var page = await clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest("tok-1", 100));

        Assert.Equal("""{"NextToken":"tok-1","MaxResults":100}""", clients.Handler.Requests[0].BodyText);
        Assert.Null(page.NextToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Refuses_A_Page_Size_Outside_1_To_100(int maxResults)
    {
        var clients = new TestClients();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => clients.SageMaker().ListEndpointsAsync(new ListEndpointsRequest(null, maxResults)));

        Assert.Empty(clients.Handler.Requests);
    }

    [Fact]
    public async Task Lists_All_Endpoints_Across_Pages_Including_An_Empty_Page_With_A_Token()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueOk(ListPage("t1", "a", "b"))
            .EnqueueOk(ListPage("t2"))
            .EnqueueOk(ListPage(null, "c"));

        var names = new List<string>();
        await foreach (var endpoint in clients.SageMaker().ListAllEndpointsAsync())
        {
            names.Add(endpoint.EndpointName);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(3, clients.Handler.Requests.Count);
        Assert.Equal("""{"MaxResults":100}""", clients.Handler.Requests[0].BodyText);
        Assert.Equal("""{"NextToken":"t1","MaxResults":100}""", clients.Handler.Requests[1].BodyText);
        Assert.Equal("""{"NextToken":"t2","MaxResults":100}""", clients.Handler.Requests[2].BodyText);
    }

    [Fact]
    public async Task Stops_With_A_Clear_Error_When_A_Token_Repeats()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueOk(ListPage("loop", "a"))
            .EnqueueOk(ListPage("other"))
            .EnqueueOk(ListPage("loop"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var endpoint in clients.SageMaker().ListAllEndpointsAsync())
            {
                Assert.NotNull(endpoint);
            }
        });

        Assert.Contains("already returned", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, clients.Handler.Requests.Count);
    }

    private static string ListPage(string? nextToken, params string[] names)
    {
        var endpoints = string.Join(",", names.Select(n =>
            $$"""{"EndpointName":"{{n}}","EndpointArn":"arn:aws:sagemaker:eu-west-1:123456789012:endpoint/{{n}}","CreationTime":1780300799.5,"LastModifiedTime":1780300800,"EndpointStatus":"InService"}"""));
        var token = nextToken is null ? string.Empty : $$""","NextToken":"{{nextToken}}" """.TrimEnd();
        return $$"""{"Endpoints":[{{endpoints}}]{{token}}}""";
    }
}
