using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class GetMetricDataValidationTests
{
    private static readonly DateTimeOffset Start = TestEstate.SeriesStart;
    private static readonly DateTimeOffset End = TestEstate.SeriesStart.AddHours(10);

    [Fact]
    public async Task Rejects_More_Than_500_Queries()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var queries = Enumerable.Range(0, 501).Select(i => TestQuery.AlphaInvocations("q" + i)).ToList();
        var response = await sandbox.Client.CloudWatchJsonAsync("GetMetricData", MetricRequests.Json(queries, Start, End));
        var message = await Wire.ErrorAsync(response, 400, "ValidationError");
        Assert.Equal("The collection MetricDataQueries must not have a size greater than 500.", message);
        Assert.Equal("ValidationError;Sender", response.Headers.GetValues("x-amzn-query-error").Single());
    }

    [Fact]
    public async Task Rejects_The_501st_Query_Over_The_Query_Protocol_Too()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var queries = Enumerable.Range(0, 501).Select(i => TestQuery.AlphaInvocations("q" + i)).ToList();
        var xml = await Wire.XmlAsync(await sandbox.Client.CloudWatchQueryAsync(MetricRequests.Form(queries, Start, End)), 400);
        Assert.Equal("ValidationError", xml.Element(Wire.Cw + "Error")!.Element(Wire.Cw + "Code")!.Value);
    }

    [Theory]
    [InlineData("Inv", 3600, "Sum", "InvalidParameterValueException", "ValidationError")]
    [InlineData("inv", 90, "Sum", "InvalidParameterValueException", "InvalidParameterValue")]
    [InlineData("inv", 3600, "Median", "InvalidParameterValueException", "InvalidParameterValue")]
    public async Task Rejects_Bad_Ids_Periods_And_Stats(string id, int period, string stat, string jsonCode, string queryCode)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var response = await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations(id, period, stat)], Start, End));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(queryCode + ";Sender", response.Headers.GetValues("x-amzn-query-error").Single());
        if (queryCode == "InvalidParameterValue")
        {
            await Wire.ErrorAsync(response, 400, jsonCode);
        }
    }

    [Fact]
    public async Task Rejects_Metric_Math_Expressions_With_A_Clear_Message()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var json = $$"""{"MetricDataQueries":[{"Id":"m1","Expression":"SUM(METRICS())"}],"StartTime":{{Start.ToUnixTimeSeconds()}},"EndTime":{{End.ToUnixTimeSeconds()}}}""";
        var message = await Wire.ErrorAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData", json), 400, "InvalidParameterValueException");
        Assert.Contains("Expression", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_Cbor_Errors_In_Cbor_With_The_Query_Error_Header()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var queries = Enumerable.Range(0, 501).Select(i => TestQuery.AlphaInvocations("q" + i)).ToList();
        var response = await sandbox.Client.CloudWatchCborAsync("GetMetricData", MetricRequests.Cbor(queries, Start, End));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/cbor", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ValidationError;Sender", response.Headers.GetValues("x-amzn-query-error").Single());
        var body = (Dictionary<string, object?>)MetricAnswers.Read(
            new System.Formats.Cbor.CborReader(await response.Content.ReadAsByteArrayAsync(), System.Formats.Cbor.CborConformanceMode.Lax))!;
        Assert.Equal("ValidationError", body["__type"]);
    }
}
