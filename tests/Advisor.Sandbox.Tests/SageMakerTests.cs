using System.Text.Json;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class SageMakerTests
{
    [Fact]
    public async Task ListEndpoints_Sorts_By_Creation_Time_Descending_By_Default()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}"));
        var endpoints = body.GetProperty("Endpoints");
        Assert.Equal(["epsilon", "delta", "gamma-serverless", "beta", "alpha"], Wire.Names(endpoints, "EndpointName"));
        Assert.False(body.TryGetProperty("NextToken", out _));
        var first = endpoints[0];
        Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:endpoint/epsilon", first.GetProperty("EndpointArn").GetString());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("CreationTime").ValueKind);
        Assert.Equal(new DateTimeOffset(2026, 6, 5, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(123).ToUnixTimeMilliseconds() / 1000m,
            first.GetProperty("CreationTime").GetDecimal());
        Assert.Equal("InService", first.GetProperty("EndpointStatus").GetString());
    }

    [Fact]
    public async Task ListEndpoints_Pages_With_MaxResults_And_NextToken()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var request = token is null
                ? """{"MaxResults":2,"SortBy":"Name","SortOrder":"Ascending"}"""
                : $$"""{"MaxResults":2,"SortBy":"Name","SortOrder":"Ascending","NextToken":"{{token}}"}""";
            var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", request));
            var endpoints = body.GetProperty("Endpoints");
            Assert.True(endpoints.GetArrayLength() <= 2);
            names.AddRange(Wire.Names(endpoints, "EndpointName"));
            token = body.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["alpha", "beta", "delta", "epsilon", "gamma-serverless"], names);
    }

    [Fact]
    public async Task ListEndpoints_Applies_StatusEquals_After_Paging_So_A_Page_Can_Be_Empty_With_A_Token()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        // Name ascending: [alpha, beta] [delta, epsilon] [gamma-serverless]; only delta is Failed.
        var first = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints",
            """{"MaxResults":2,"SortBy":"Name","SortOrder":"Ascending","StatusEquals":"Failed"}"""));
        Assert.Equal(0, first.GetProperty("Endpoints").GetArrayLength());
        var token = first.GetProperty("NextToken").GetString();

        var second = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints",
            $$"""{"MaxResults":2,"SortBy":"Name","SortOrder":"Ascending","StatusEquals":"Failed","NextToken":"{{token}}"}"""));
        Assert.Equal(["delta"], Wire.Names(second.GetProperty("Endpoints"), "EndpointName"));
    }

    [Fact]
    public async Task ListEndpoints_Filters_By_Name_And_Creation_Time()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var after = new DateTimeOffset(2026, 6, 2, 13, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints",
            $$"""{"NameContains":"A","CreationTimeAfter":{{after}},"SortBy":"Name","SortOrder":"Ascending"}"""));
        Assert.Equal(["delta", "gamma-serverless"], Wire.Names(body.GetProperty("Endpoints"), "EndpointName"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task ListEndpoints_Rejects_MaxResults_Out_Of_Range(int maxResults)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(
            await sandbox.Client.SageMakerAsync("ListEndpoints", $$"""{"MaxResults":{{maxResults}}}"""), 400, "ValidationException");
        Assert.Contains("maxResults", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListEndpoints_Rejects_An_Unknown_SortBy()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", """{"SortBy":"Size"}"""), 400, "ValidationException");
        Assert.Contains("Size", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeEndpoint_Returns_Variant_Counts_And_No_Instance_Type()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"alpha"}"""));
        Assert.Equal("alpha", body.GetProperty("EndpointName").GetString());
        Assert.Equal("alpha-cfg", body.GetProperty("EndpointConfigName").GetString());
        Assert.Equal("InService", body.GetProperty("EndpointStatus").GetString());
        var variant = body.GetProperty("ProductionVariants")[0];
        Assert.Equal("AllTraffic", variant.GetProperty("VariantName").GetString());
        Assert.Equal(2, variant.GetProperty("CurrentInstanceCount").GetInt32());
        Assert.Equal(2, variant.GetProperty("DesiredInstanceCount").GetInt32());
        Assert.Equal(1.0, variant.GetProperty("CurrentWeight").GetDouble());
        Assert.False(variant.TryGetProperty("InstanceType", out _));
    }

    [Fact]
    public async Task DescribeEndpoint_Returns_The_Serverless_Config_For_A_Serverless_Variant()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"gamma-serverless"}"""));
        var variant = body.GetProperty("ProductionVariants")[0];
        Assert.Equal(4096, variant.GetProperty("CurrentServerlessConfig").GetProperty("MemorySizeInMB").GetInt32());
        Assert.Equal(20, variant.GetProperty("CurrentServerlessConfig").GetProperty("MaxConcurrency").GetInt32());
        Assert.False(variant.TryGetProperty("CurrentInstanceCount", out _));
    }

    [Fact]
    public async Task DescribeEndpoint_Of_A_Missing_Endpoint_Is_A_ValidationException_With_The_Arn()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(
            await sandbox.Client.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"nope"}"""), 400, "ValidationException");
        Assert.Equal("Could not find endpoint \"arn:aws:sagemaker:us-east-1:123456789012:endpoint/nope\".", message);
    }

    [Fact]
    public async Task DescribeEndpoint_Without_A_Name_Names_The_Missing_Member()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("DescribeEndpoint", "{}"), 400, "ValidationException");
        Assert.Contains("endpointName", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeEndpointConfig_Returns_Instance_Type_Count_Weight_And_Scaling()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpointConfig", """{"EndpointConfigName":"beta-cfg"}"""));
        Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/beta-cfg", body.GetProperty("EndpointConfigArn").GetString());
        var variant = body.GetProperty("ProductionVariants")[0];
        Assert.Equal("beta-model", variant.GetProperty("ModelName").GetString());
        Assert.Equal("ml.m5.large", variant.GetProperty("InstanceType").GetString());
        Assert.Equal(1, variant.GetProperty("InitialInstanceCount").GetInt32());
        Assert.Equal(1.0, variant.GetProperty("InitialVariantWeight").GetDouble());
        var scaling = variant.GetProperty("ManagedInstanceScaling");
        Assert.Equal("ENABLED", scaling.GetProperty("Status").GetString());
        Assert.Equal(1, scaling.GetProperty("MinInstanceCount").GetInt32());
        Assert.Equal(4, scaling.GetProperty("MaxInstanceCount").GetInt32());
    }

    [Fact]
    public async Task DescribeEndpointConfig_Returns_ServerlessConfig_And_AcceleratorType()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var gamma = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpointConfig", """{"EndpointConfigName":"gamma-cfg"}"""));
        var serverless = gamma.GetProperty("ProductionVariants")[0];
        Assert.Equal(4096, serverless.GetProperty("ServerlessConfig").GetProperty("MemorySizeInMB").GetInt32());
        Assert.False(serverless.TryGetProperty("InstanceType", out _));

        var delta = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpointConfig", """{"EndpointConfigName":"delta-cfg"}"""));
        Assert.Equal("ml.eia2.medium", delta.GetProperty("ProductionVariants")[0].GetProperty("AcceleratorType").GetString());
    }

    [Fact]
    public async Task DescribeEndpointConfig_Of_A_Missing_Config_Is_A_ValidationException()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(
            await sandbox.Client.SageMakerAsync("DescribeEndpointConfig", """{"EndpointConfigName":"gone-cfg"}"""), 400, "ValidationException");
        Assert.Equal("Could not find endpoint configuration \"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/gone-cfg\".", message);
    }

    [Fact]
    public async Task An_Unknown_Operation_Is_An_UnknownOperationException()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("ListHyperParameterTuningJobs", "{}"), 400, "UnknownOperationException");
    }
}
