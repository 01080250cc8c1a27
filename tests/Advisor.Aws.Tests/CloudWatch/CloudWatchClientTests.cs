using System.Text.Json;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Errors;
using Advisor.Aws.Tests.Support;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Tests.CloudWatch;

public sealed class CloudWatchClientTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1785456000);
    private static readonly DateTimeOffset End = DateTimeOffset.FromUnixTimeSeconds(1785542400);

    private static readonly MetricSpec Invocations = new(
        "AWS/SageMaker", "Invocations", [new MetricDimension("EndpointName", "churn-prod"), new MetricDimension("VariantName", "AllTraffic")], "Sum", 3600);

    private static readonly MetricSpec Gpu = new(
        "/aws/sagemaker/Endpoints", "GPUUtilization", [new MetricDimension("EndpointName", "churn-prod")], "Average", 3600);

    [Fact]
    public async Task Serialises_Metric_Stat_Queries_In_The_Wire_Shape()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("cloudwatch.GetMetricData_1.json"));

        await clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("inv", Invocations)], Start, End));

        using var sent = JsonDocument.Parse(clients.Handler.Requests[0].Body);
        var expected = """
            {"MetricDataQueries":[{"Id":"inv","MetricStat":{"Metric":{"Namespace":"AWS/SageMaker","MetricName":"Invocations",
            "Dimensions":[{"Name":"EndpointName","Value":"churn-prod"},{"Name":"VariantName","Value":"AllTraffic"}]},
            "Period":3600,"Stat":"Sum"},"ReturnData":true}],"StartTime":1785456000,"EndTime":1785542400,"ScanBy":"TimestampAscending"}
            """.ReplaceLineEndings(string.Empty);
        Assert.Equal(expected, JsonSerializer.Serialize(sent.RootElement));
    }

    [Fact]
    public async Task Parses_Results_With_Timestamps_Values_And_Status()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk(Fixture.Read("cloudwatch.GetMetricData_1.json"));

        var response = await clients.CloudWatch().GetMetricDataAsync(
            new GetMetricDataRequest([new MetricDataQuery("inv", Invocations), new MetricDataQuery("gpu", Gpu)], Start, End));

        Assert.Null(response.NextToken);
        Assert.Empty(response.Messages);
        var gpu = response.Results.Single(r => r.Id == "gpu");
        Assert.Equal("GPUUtilization", gpu.Label);
        Assert.Equal("Complete", gpu.StatusCode);
        Assert.Equal([1.5, 7.25, 2.0], gpu.Values);
        Assert.Equal([Start, Start.AddHours(1), Start.AddHours(2)], gpu.Timestamps);
    }

    [Theory]
    [InlineData("Inv")]
    [InlineData("1inv")]
    [InlineData("in-v")]
    [InlineData("")]
    public async Task Refuses_An_Invalid_Query_Id_Before_Sending(string id)
    {
        var clients = new TestClients();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery(id, Invocations)], Start, End)));

        Assert.Contains("lower-case letter", error.Message, StringComparison.Ordinal);
        Assert.Empty(clients.Handler.Requests);
    }

    [Fact]
    public async Task Refuses_More_Than_500_Queries_Before_Sending()
    {
        var clients = new TestClients();
        var queries = Enumerable.Range(0, 501).Select(i => new MetricDataQuery("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Invocations)).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest(queries, Start, End)));

        Assert.Contains("at most 500", error.Message, StringComparison.Ordinal);
        Assert.Empty(clients.Handler.Requests);
    }

    [Fact]
    public async Task Refuses_Duplicate_Ids_And_An_Empty_Window()
    {
        var clients = new TestClients();
        var client = clients.CloudWatch();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("a", Invocations), new MetricDataQuery("a", Gpu)], Start, End)));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("a", Invocations)], End, Start)));

        Assert.Empty(clients.Handler.Requests);
    }

    [Fact]
    public async Task Follows_NextToken_And_Merges_Each_Query_Across_Pages_In_Time_Order()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueOk($$"""
                {"MetricDataResults":[
                  {"Id":"inv","Label":"Invocations","Timestamps":[{{Hour(2)}},{{Hour(3)}}],"Values":[20,30],"StatusCode":"PartialData"},
                  {"Id":"gpu","Label":"GPUUtilization","Timestamps":[{{Hour(0)}}],"Values":[5.5],"StatusCode":"PartialData"}],
                 "NextToken":"page-2","Messages":[]}
                """)
            .EnqueueOk($$"""
                {"MetricDataResults":[
                  {"Id":"inv","Label":"Invocations","Timestamps":[{{Hour(0)}},{{Hour(1)}}],"Values":[0,10],"StatusCode":"Complete"},
                  {"Id":"gpu","Label":"GPUUtilization","Timestamps":[],"Values":[],"StatusCode":"Complete"}]}
                """);
        var queries = new[] { new MetricDataQuery("inv", Invocations), new MetricDataQuery("gpu", Gpu) };

        var results = await clients.CloudWatch().GetMetricDataAllPagesAsync(queries, Start, End);

        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.DoesNotContain("NextToken", clients.Handler.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.Contains("\"NextToken\":\"page-2\"", clients.Handler.Requests[1].BodyText, StringComparison.Ordinal);
        Assert.Equal(["inv", "gpu"], results.Select(r => r.Id));
        var inv = results[0];
        Assert.Equal([Start, Start.AddHours(1), Start.AddHours(2), Start.AddHours(3)], inv.Timestamps);
        Assert.Equal([0.0, 10.0, 20.0, 30.0], inv.Values);
        Assert.Equal("Complete", inv.StatusCode);
        Assert.Equal([5.5], results[1].Values);
        Assert.Equal("Complete", results[1].StatusCode);
    }

    [Fact]
    public async Task Keeps_A_Failure_Status_From_Any_Page()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueOk("""{"MetricDataResults":[{"Id":"inv","Timestamps":[],"Values":[],"StatusCode":"InternalError"}],"NextToken":"p2"}""")
            .EnqueueOk("""{"MetricDataResults":[{"Id":"inv","Timestamps":[],"Values":[],"StatusCode":"Complete"}]}""");

        var results = await clients.CloudWatch().GetMetricDataAllPagesAsync([new MetricDataQuery("inv", Invocations)], Start, End);

        Assert.Equal("InternalError", Assert.Single(results).StatusCode);
    }

    [Fact]
    public async Task Stops_With_A_Clear_Error_When_A_Token_Repeats()
    {
        var clients = new TestClients();
        clients.Handler
            .EnqueueOk("""{"MetricDataResults":[],"NextToken":"same"}""")
            .EnqueueOk("""{"MetricDataResults":[],"NextToken":"same"}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            clients.CloudWatch().GetMetricDataAllPagesAsync([new MetricDataQuery("inv", Invocations)], Start, End));

        Assert.Contains("already returned", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_A_Result_Whose_Timestamps_And_Values_Differ_In_Length()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"MetricDataResults":[{"Id":"inv","Timestamps":[1785456000],"Values":[],"StatusCode":"Complete"}]}""");

        var error = await Assert.ThrowsAsync<AwsInvalidResponseException>(() =>
            clients.CloudWatch().GetMetricDataAsync(new GetMetricDataRequest([new MetricDataQuery("inv", Invocations)], Start, End)));

        Assert.Contains("\"inv\"", error.Message, StringComparison.Ordinal);
    }

    private static string Hour(int hours) => (1785456000 + (hours * 3600)).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0";
}
