using System.Text;
using Advisor.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Sandbox.Tests;

/// <summary>Cost Explorer bills what the estate runs hour by hour: a mutating operation changes the bill from its hour on.</summary>
public sealed class CostLedgerFollowsActionsTests
{
    private const string AlphaUsage = "USE1-Host:ml.g5.xlarge";

    [Fact]
    public async Task A_Deleted_Endpoint_Stops_Billing_From_The_Hour_It_Was_Deleted()
    {
        // Why: the estate clock starts at the estate's now (2026-11-20 00:00); the deletion lands at 06:00 on the 20th.
        var clock = new FakeTimeProvider(TestEstate.Now);
        var server = await SandboxServer.StartAsync(TestEstate.Build(), null, new SandboxOptions { EstateClock = clock });
        await using var sandbox = RunningSandbox.Wrap(server);
        clock.Advance(TimeSpan.FromHours(6));

        var before = await DailyAlphaAsync(sandbox, "2026-11-18", "2026-11-20");
        await SageMakerAsync(sandbox, "DeleteEndpoint", "{\"EndpointName\":\"alpha\"}");
        clock.Advance(TimeSpan.FromDays(3));
        var after = await DailyAlphaAsync(sandbox, "2026-11-18", "2026-11-23");

        // alpha: 2 × ml.g5.xlarge, 48 instance-hours a day; on the 20th only the six hours before the delete.
        Assert.Equal(["48", "48"], before.Select(d => d.Hours));
        Assert.Equal(["48", "48", "12", "0", "0"], after.Select(d => d.Hours));
        Assert.True(after[2].Cost > 0m && after[2].Cost < after[1].Cost);
    }

    private static async Task<List<(string Hours, decimal Cost)>> DailyAlphaAsync(RunningSandbox sandbox, string start, string end)
    {
        var body = "{\"TimePeriod\":{\"Start\":\"" + start + "\",\"End\":\"" + end + "\"},\"Granularity\":\"DAILY\","
            + "\"Metrics\":[\"UsageQuantity\",\"UnblendedCost\"],\"Filter\":{\"Dimensions\":{\"Key\":\"USAGE_TYPE\",\"Values\":[\"" + AlphaUsage + "\"]}}}";
        var json = await Wire.JsonAsync(await sandbox.Client.SendAsync("/", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(body), "ce",
            new() { ["X-Amz-Target"] = "AWSInsightsIndexService.GetCostAndUsage" }));
        return json.GetProperty("ResultsByTime").EnumerateArray()
            .Select(p => p.GetProperty("Total"))
            .Select(t => (t.GetProperty("UsageQuantity").GetProperty("Amount").GetString()!,
                decimal.Parse(t.GetProperty("UnblendedCost").GetProperty("Amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static async Task SageMakerAsync(RunningSandbox sandbox, string operation, string body) =>
        await Wire.JsonAsync(await sandbox.Client.SendAsync("/", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(body), "sagemaker",
            new() { ["X-Amz-Target"] = "SageMaker." + operation }));
}
