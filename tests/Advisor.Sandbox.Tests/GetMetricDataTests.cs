using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class GetMetricDataTests
{
    private static readonly DateTimeOffset Start = TestEstate.SeriesStart;
    private static readonly DateTimeOffset End = TestEstate.SeriesStart.AddHours(10);

    private static readonly double[] AlphaHourly = [1, 2, 3, 4, 5, 8, 9, 10];

    private static readonly int[] AlphaDataHours = [0, 1, 2, 3, 4, 7, 8, 9];

    private static DateTimeOffset[] AlphaHours => [.. AlphaDataHours.Select(h => Start.AddHours(h))];

    [Fact]
    public async Task Json_Query_And_Cbor_Return_The_Same_Values()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        TestQuery[] queries = [TestQuery.AlphaInvocations(), TestQuery.AlphaCpu()];

        var json = MetricAnswers.FromJson(await Wire.JsonAsync(
            await sandbox.Client.CloudWatchJsonAsync("GetMetricData", MetricRequests.Json(queries, Start, End))));
        var query = MetricAnswers.FromXml(await Wire.XmlAsync(
            await sandbox.Client.CloudWatchQueryAsync(MetricRequests.Form(queries, Start, End))));
        var cborResponse = await sandbox.Client.CloudWatchCborAsync("GetMetricData", MetricRequests.Cbor(queries, Start, End));
        Assert.Equal(200, (int)cborResponse.StatusCode);
        Assert.Equal("rpc-v2-cbor", cborResponse.Headers.GetValues("smithy-protocol").Single());
        Assert.Equal("application/cbor", cborResponse.Content.Headers.ContentType!.MediaType);
        var cbor = MetricAnswers.FromCbor(await cborResponse.Content.ReadAsByteArrayAsync());

        var inv = json.Results.Single(r => r.Id == "inv");
        Assert.Equal(AlphaHourly, inv.Values);
        Assert.Equal(AlphaHours, inv.Timestamps);
        Assert.Equal("Invocations", inv.Label);
        Assert.Equal("Complete", inv.StatusCode);
        foreach (var other in new[] { query, cbor })
        {
            Assert.Equal(json.Results, other.Results, ResultComparer.Instance);
            Assert.Null(other.NextToken);
        }
    }

    [Fact]
    public async Task Answers_Timestamps_Newest_First_By_Default()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations()], Start, End, scanBy: null)));
        var inv = MetricAnswers.FromJson(body).Results.Single();
        Assert.Equal(AlphaHourly.Reverse(), inv.Values);
        Assert.Equal(AlphaHours.Reverse(), inv.Timestamps);
    }

    [Fact]
    public async Task Matches_Dimensions_Exactly()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        TestQuery[] queries =
        [
            new("endpointonly", TestEstate.SageMakerNs, "Invocations", [("EndpointName", "alpha")], 3600, "Sum"),
            new("othervariant", TestEstate.SageMakerNs, "Invocations", [("EndpointName", "alpha"), ("VariantName", "Other")], 3600, "Sum"),
            new("reordered", TestEstate.SageMakerNs, "Invocations", [("VariantName", "AllTraffic"), ("EndpointName", "alpha")], 3600, "Sum"),
        ];
        var results = MetricAnswers.FromJson(await Wire.JsonAsync(
            await sandbox.Client.CloudWatchJsonAsync("GetMetricData", MetricRequests.Json(queries, Start, End)))).Results;

        Assert.All(results.Single(r => r.Id == "endpointonly").Values, v => Assert.Equal(1000, v));
        var missing = results.Single(r => r.Id == "othervariant");
        Assert.Empty(missing.Values);
        Assert.Empty(missing.Timestamps);
        Assert.Equal("Complete", missing.StatusCode);
        Assert.Equal(AlphaHourly, results.Single(r => r.Id == "reordered").Values);
    }

    [Fact]
    public async Task Aggregates_Two_Hour_Sums_And_Skips_Periods_That_Are_All_Gap()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var result = MetricAnswers.FromJson(await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations(period: 7200)], Start, End)))).Results.Single();

        // Hours 0..9 hold 1,2,3,4,5,gap,gap,8,9,10.
        Assert.Equal([3, 7, 5, 8, 19], result.Values);
        Assert.Equal([Start, Start.AddHours(2), Start.AddHours(4), Start.AddHours(6), Start.AddHours(8)], result.Timestamps);
    }

    [Fact]
    public async Task Spreads_An_Hour_Over_Five_Minute_Periods()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var twoHours = Start.AddHours(2);
        TestQuery[] queries = [TestQuery.AlphaInvocations("sum", 300, "Sum"), TestQuery.AlphaInvocations("avg", 300, "Average")];
        var results = MetricAnswers.FromJson(await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json(queries, Start, twoHours)))).Results;

        var sum = results.Single(r => r.Id == "sum");
        Assert.Equal(24, sum.Values.Count);
        Assert.Equal(Start.AddMinutes(5), sum.Timestamps[1]);
        Assert.All(sum.Values.Take(12), v => Assert.Equal(1d / 12, v, 9));
        Assert.All(sum.Values.Skip(12), v => Assert.Equal(2d / 12, v, 9));
        Assert.All(results.Single(r => r.Id == "avg").Values.Take(12), v => Assert.Equal(1d, v));
    }

    [Fact]
    public async Task SampleCount_Counts_Minutes_With_Data()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var result = MetricAnswers.FromJson(await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations(period: 7200, stat: "SampleCount")], Start, End)))).Results.Single();
        Assert.Equal([120, 120, 60, 60, 120], result.Values);
    }

    [Fact]
    public async Task Pages_By_MaxDatapoints_With_PartialData_And_A_NextToken()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        TestQuery[] queries = [TestQuery.AlphaInvocations(), TestQuery.AlphaCpu()];
        var full = MetricAnswers.FromJson(await Wire.JsonAsync(
            await sandbox.Client.CloudWatchJsonAsync("GetMetricData", MetricRequests.Json(queries, Start, End)))).Results;

        var collected = queries.ToDictionary(q => q.Id, _ => (Timestamps: new List<DateTimeOffset>(), Values: new List<double>()));
        string? token = null;
        var pages = 0;
        do
        {
            var (results, next) = MetricAnswers.FromJson(await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
                MetricRequests.Json(queries, Start, End, maxDatapoints: 5, nextToken: token))));
            Assert.True(results.Sum(r => r.Values.Count) <= 5);
            if (next is not null)
            {
                Assert.Contains(results, r => r.StatusCode == "PartialData");
            }

            foreach (var r in results)
            {
                collected[r.Id].Timestamps.AddRange(r.Timestamps);
                collected[r.Id].Values.AddRange(r.Values);
            }

            token = next;
            pages++;
        }
        while (token is not null && pages < 10);

        // 8 invocation points + 10 CPU points at 5 per page.
        Assert.Equal(4, pages);
        foreach (var r in full)
        {
            Assert.Equal(r.Values, collected[r.Id].Values);
            Assert.Equal(r.Timestamps, collected[r.Id].Timestamps);
        }
    }

    [Fact]
    public async Task Rejects_A_NextToken_Used_With_Different_Queries()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var first = MetricAnswers.FromJson(await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaInvocations()], Start, End, maxDatapoints: 3))));
        Assert.Equal("PartialData", first.Results.Single().StatusCode);
        Assert.NotNull(first.NextToken);

        var response = await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([TestQuery.AlphaCpu()], Start, End, maxDatapoints: 3, nextToken: first.NextToken));
        await Wire.ErrorAsync(response, 400, "InvalidNextToken");
    }

    private sealed class ResultComparer : IEqualityComparer<TestResult>
    {
        public static readonly ResultComparer Instance = new();

        public bool Equals(TestResult? x, TestResult? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Label == y.Label && x.StatusCode == y.StatusCode
            && x.Timestamps.SequenceEqual(y.Timestamps) && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(TestResult obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
