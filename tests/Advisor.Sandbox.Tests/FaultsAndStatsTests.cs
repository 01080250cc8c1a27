using System.Net.Http.Json;
using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class FaultsAndStatsTests
{
    [Fact]
    public async Task A_Throttle_Fault_With_Count_Two_Throttles_Twice_Then_Succeeds()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var posted = await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Post, "_sandbox/faults")
        {
            Content = JsonContent.Create(new { operation = "SageMaker.ListEndpoints", kind = "throttle", count = 2 }),
        });
        Assert.Equal(200, (int)posted.StatusCode);

        for (var i = 0; i < 2; i++)
        {
            var message = await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}"), 400, "ThrottlingException");
            Assert.Equal("Rate exceeded", message);
        }

        await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}"));
        Assert.Empty(sandbox.Server.Faults.Rules);
        Assert.Equal(3, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListEndpoints"));
    }

    [Fact]
    public async Task A_CloudWatch_Throttle_Carries_The_Query_Error_Header()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Server.Faults.Throttle("CloudWatch.ListMetrics", 1);
        var response = await sandbox.Client.CloudWatchJsonAsync("ListMetrics", "{}");
        await Wire.ErrorAsync(response, 400, "Throttling");
        Assert.Equal("Throttling;Sender", response.Headers.GetValues("x-amzn-query-error").Single());
    }

    [Theory]
    [InlineData("error500", 500, "InternalFailure")]
    [InlineData("error503", 503, "ServiceUnavailable")]
    public async Task Server_Error_Faults_Answer_With_Their_Status(string kind, int status, string code)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Operation = "*", Kind = kind == "error500" ? FaultKind.Error500 : FaultKind.Error503, Count = 1 });
        await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"alpha"}"""), status, code);
        await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"alpha"}"""));
    }

    [Fact]
    public async Task A_Rate_Fault_Is_Deterministic_For_A_Seed()
    {
        static List<bool> Pattern()
        {
            var faults = new FaultInjector();
            faults.Add(new FaultRule { Operation = "*", Kind = FaultKind.Throttle, Rate = 0.3, Seed = 42 });
            return Enumerable.Range(0, 200).Select(_ => faults.Next("SageMaker.ListEndpoints").Error is not null).ToList();
        }

        var first = Pattern();
        Assert.Equal(first, Pattern());
        Assert.InRange(first.Count(f => f), 30, 90);
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("""{"operation":"*","kind":"explode","count":1}""", "explode")]
    [InlineData("""{"operation":"*","kind":"throttle"}""", "count")]
    [InlineData("""{"operation":"*","kind":"throttle","rate":1.5}""", "rate")]
    [InlineData("""{"operation":"ListEndpoints","kind":"throttle","count":1}""", "Service.Operation")]
    public async Task Rejects_A_Bad_Fault_With_A_Message_Naming_The_Problem(string body, string expected)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var response = await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Post, "_sandbox/faults")
        {
            Content = new StringContent(body),
        });
        var json = await Wire.JsonAsync(response, 400);
        Assert.Contains(expected, json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Delay_Fault_Still_Answers_Normally_And_Is_Used_Up()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Operation = "SageMaker.ListEndpoints", Kind = FaultKind.Delay, Count = 1, DelayMs = 50 });
        var body = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}"));
        Assert.Equal(5, body.GetProperty("Endpoints").GetArrayLength());
        Assert.Empty(sandbox.Server.Faults.Rules);
    }

    [Fact]
    public async Task Deleting_Faults_Clears_Them()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Server.Faults.Throttle("*", 5);
        var deleted = await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Delete, "_sandbox/faults"));
        Assert.Equal(200, (int)deleted.StatusCode);
        await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}"));
    }

    [Fact]
    public async Task Stats_Count_Every_Call_And_Metric_Query_And_Reset()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Server.Faults.Throttle("SageMaker.ListEndpoints", 1);
        await sandbox.Client.SageMakerAsync("ListEndpoints", "{}");
        await sandbox.Client.SageMakerAsync("ListEndpoints", "{}");
        using (var wrong = sandbox.NewClient(secretKey: "wrong"))
        {
            await wrong.SageMakerAsync("DescribeEndpoint", """{"EndpointName":"alpha"}""");
        }

        var start = TestEstate.SeriesStart;
        await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations("a"), TestQuery.AlphaInvocations("b"), TestQuery.AlphaCpu()], start, start.AddHours(2)));
        await sandbox.Client.CloudWatchQueryAsync(MetricRequests.Form([TestQuery.AlphaCpu()], start, start.AddHours(2)));

        var stats = await Wire.JsonAsync(await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Get, "_sandbox/stats")));
        var calls = stats.GetProperty("calls");
        Assert.Equal(2, calls.GetProperty("SageMaker.ListEndpoints").GetInt32());
        Assert.Equal(1, calls.GetProperty("SageMaker.DescribeEndpoint").GetInt32());
        Assert.Equal(2, calls.GetProperty("CloudWatch.GetMetricData").GetInt32());
        Assert.Equal(4, stats.GetProperty("metricQueries").GetInt32());

        var reset = await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Post, "_sandbox/stats/reset"));
        Assert.Equal(200, (int)reset.StatusCode);
        var after = sandbox.Server.Stats.Snapshot();
        Assert.Empty(after.Calls);
        Assert.Equal(0, after.MetricQueries);
    }

    [Fact]
    public async Task Serves_Ground_Truth_In_Camel_Case_Or_404_Without_It()
    {
        var truth = new GroundTruth(
            [new PlantedOpportunity("sagemaker-endpoint-idle", "beta", 123.45m)],
            [new NearMiss("sagemaker-endpoint-idle", "alpha", "busy")]);
        await using (var sandbox = await RunningSandbox.StartAsync(truth))
        {
            var json = await Wire.JsonAsync(await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Get, "_sandbox/ground-truth")));
            var opportunity = json.GetProperty("opportunities")[0];
            Assert.Equal("beta", opportunity.GetProperty("resourceId").GetString());
            Assert.Equal(123.45m, opportunity.GetProperty("monthlySavings").GetDecimal());
            Assert.Equal("busy", json.GetProperty("nearMisses")[0].GetProperty("reason").GetString());
        }

        await using var without = await RunningSandbox.StartAsync();
        var missing = await without.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Get, "_sandbox/ground-truth"));
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task Health_Answers_200_Without_A_Signature()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var health = await Wire.JsonAsync(await sandbox.Client.UnsignedAsync(new HttpRequestMessage(HttpMethod.Get, "_sandbox/health")));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("127.0.0.1", sandbox.Server.BaseUrl.Host);
        Assert.NotEqual(0, sandbox.Server.BaseUrl.Port);
        Assert.Equal(JsonValueKind.Object, health.ValueKind);
    }
}
