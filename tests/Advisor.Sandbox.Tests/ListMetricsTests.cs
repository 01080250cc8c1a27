using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class ListMetricsTests
{
    [Fact]
    public async Task ListMetrics_Filters_By_Namespace_And_Dimension_In_Json_And_Query()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var json = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("ListMetrics",
            """{"Namespace":"AWS/SageMaker","Dimensions":[{"Name":"EndpointName","Value":"alpha"}]}"""));
        var metrics = json.GetProperty("Metrics");
        Assert.Equal(2, metrics.GetArrayLength());
        Assert.All(metrics.EnumerateArray(), m => Assert.Equal("Invocations", m.GetProperty("MetricName").GetString()));

        var xml = await Wire.XmlAsync(await sandbox.Client.CloudWatchQueryAsync(
            "Action=ListMetrics&Version=2010-08-01&Namespace=%2Faws%2Fsagemaker%2FEndpoints&Dimensions.member.1.Name=EndpointName"));
        var members = xml.Element(Wire.Cw + "ListMetricsResult")!.Element(Wire.Cw + "Metrics")!.Elements(Wire.Cw + "member").ToList();
        Assert.Equal("CPUUtilization", Assert.Single(members).Element(Wire.Cw + "MetricName")!.Value);
        Assert.False(string.IsNullOrEmpty(xml.Element(Wire.Cw + "ResponseMetadata")!.Element(Wire.Cw + "RequestId")!.Value));
    }

    [Fact]
    public async Task An_Unknown_Query_Action_Is_InvalidAction()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var xml = await Wire.XmlAsync(await sandbox.Client.CloudWatchQueryAsync("Action=PutMetricAlarm&Version=2010-08-01"), 400);
        Assert.Equal("InvalidAction", xml.Element(Wire.Cw + "Error")!.Element(Wire.Cw + "Code")!.Value);
    }

    [Fact]
    public async Task ListMetrics_Pages_At_500_Metrics()
    {
        var series = Enumerable.Range(0, 600).ToDictionary(
            i => TestEstate.Key(TestEstate.SageMakerNs, "Invocations", ("EndpointName", "ep-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))),
            _ => new HourlySeries(TestEstate.SeriesStart, [1.0]));
        var estate = TestEstate.Build() with { Metrics = new MetricStore(series) };
        await using var sandbox = await RunningSandbox.StartAsync(estate: estate);

        var first = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("ListMetrics", "{}"));
        Assert.Equal(500, first.GetProperty("Metrics").GetArrayLength());
        var token = first.GetProperty("NextToken").GetString();
        var second = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("ListMetrics", $$"""{"NextToken":"{{token}}"}"""));
        Assert.Equal(100, second.GetProperty("Metrics").GetArrayLength());
        Assert.False(second.TryGetProperty("NextToken", out _));
    }
}
