using System.Globalization;
using System.Text.Json;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>
/// Both real AWS CLIs against the sandbox's Cost Explorer and Price List API, with the values checked against the test estate
/// (alpha 2 × ml.g5.xlarge, beta 1 × ml.m5.large, epsilon 3 × ml.g5.2xlarge InService; gamma serverless and delta Failed bill nothing).
/// </summary>
public sealed class CostAndPricingCliTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(TestEstate.Now.UtcDateTime).AddDays(-10);

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Ce_Get_Cost_And_Usage_Returns_The_Estate_Hosting_Costs_Per_Usage_Type(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var output = await RunOkAsync(cli, sandbox, "ce", "get-cost-and-usage",
            "--time-period", $"Start={Format(Day)},End={Format(Day.AddDays(2))}",
            "--granularity", "DAILY",
            "--metrics", "UnblendedCost", "UsageQuantity",
            "--filter", """{"Dimensions":{"Key":"SERVICE","Values":["Amazon SageMaker"]}}""",
            "--group-by", "Type=DIMENSION,Key=USAGE_TYPE");

        var results = JsonDocument.Parse(output).RootElement.GetProperty("ResultsByTime");
        Assert.Equal(2, results.GetArrayLength());
        var first = results[0];
        Assert.Equal(Format(Day), first.GetProperty("TimePeriod").GetProperty("Start").GetString());
        Assert.Equal(Format(Day.AddDays(1)), first.GetProperty("TimePeriod").GetProperty("End").GetString());
        var groups = first.GetProperty("Groups").EnumerateArray().ToDictionary(
            g => g.GetProperty("Keys")[0].GetString()!,
            g => (Cost: Amount(g, "UnblendedCost"), Hours: Amount(g, "UsageQuantity"), Unit: g.GetProperty("Metrics").GetProperty("UsageQuantity").GetProperty("Unit").GetString()));
        Assert.Equal(["USE1-Host:ml.g5.2xlarge", "USE1-Host:ml.g5.xlarge", "USE1-Host:ml.m5.large"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((Hosting("ml.g5.xlarge") * 48, 48m, "Hrs"), groups["USE1-Host:ml.g5.xlarge"]);
        Assert.Equal((Hosting("ml.m5.large") * 24, 24m, "Hrs"), groups["USE1-Host:ml.m5.large"]);
        Assert.Equal((Hosting("ml.g5.2xlarge") * 72, 72m, "Hrs"), groups["USE1-Host:ml.g5.2xlarge"]);
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("CostExplorer.GetCostAndUsage"));
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Ce_Get_Savings_Plans_Purchase_Recommendation_Commits_To_The_Hourly_Floor(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var output = await RunOkAsync(cli, sandbox, "ce", "get-savings-plans-purchase-recommendation",
            "--savings-plans-type", "SAGEMAKER_SP", "--term-in-years", "ONE_YEAR",
            "--payment-option", "NO_UPFRONT", "--lookback-period-in-days", "THIRTY_DAYS");

        var recommendation = JsonDocument.Parse(output).RootElement.GetProperty("SavingsPlansPurchaseRecommendation");
        Assert.Equal("SAGEMAKER_SP", recommendation.GetProperty("SavingsPlansType").GetString());
        var hourly = (2 * Hosting("ml.g5.xlarge")) + Hosting("ml.m5.large") + (3 * Hosting("ml.g5.2xlarge"));
        var detail = recommendation.GetProperty("SavingsPlansPurchaseRecommendationDetails")[0];
        Assert.Equal(hourly, Decimal(detail, "CurrentMinimumHourlyOnDemandSpend"));
        Assert.Equal(Math.Floor(hourly * 0.80m * 1000m) / 1000m, Decimal(detail, "HourlyCommitmentToPurchase"));
        Assert.Equal("100", detail.GetProperty("EstimatedAverageUtilization").GetString());
        Assert.Equal("1", recommendation.GetProperty("SavingsPlansPurchaseRecommendationSummary").GetProperty("TotalRecommendationCount").GetString());
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Pricing_Get_Products_Pages_Through_Every_Row_Including_The_Traps(AwsCliFlavour cli)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var output = await RunOkAsync(cli, sandbox, "pricing", "get-products",
            "--service-code", "AmazonSageMaker", "--format-version", "aws_v1",
            "--filters", "Type=TERM_MATCH,Field=instanceName,Value=ml.m5.large", "Type=TERM_MATCH,Field=regionCode,Value=us-east-1",
            "--page-size", "2");

        var items = JsonDocument.Parse(output).RootElement.GetProperty("PriceList").EnumerateArray()
            .Select(i => i.ValueKind == JsonValueKind.String ? JsonDocument.Parse(i.GetString()!).RootElement : i)
            .ToList();
        var byUsage = items.ToDictionary(i => i.GetProperty("product").GetProperty("attributes").GetProperty("usagetype").GetString()!, Price);
        Assert.Equal(0.115m, byUsage["USE1-Host:ml.m5.large"].Usd);
        Assert.Equal(("Hrs", "Hosting"), (byUsage["USE1-Host:ml.m5.large"].Unit, byUsage["USE1-Host:ml.m5.large"].Component));
        Assert.Equal(("Quantity", null), (byUsage["USE1-TrainingPlanUpfrontFee:ml.m5.large"].Unit, byUsage["USE1-TrainingPlanUpfrontFee:ml.m5.large"].Component));
        Assert.Equal(0m, byUsage["USE1-Host-CapacityReservation:ml.m5.large"].Usd);
        Assert.Contains("USE1-Train:ml.m5.large", byUsage.Keys);
        Assert.True(sandbox.Server.Stats.Snapshot().CallsOf("Pricing.GetProducts") >= (items.Count + 1) / 2);
    }

    private static (decimal Usd, string Unit, string? Component) Price(JsonElement item)
    {
        var term = item.GetProperty("terms").GetProperty("OnDemand").EnumerateObject().Single().Value;
        var dimension = term.GetProperty("priceDimensions").EnumerateObject().Single().Value;
        var component = item.GetProperty("product").GetProperty("attributes").TryGetProperty("component", out var c) ? c.GetString() : null;
        return (decimal.Parse(dimension.GetProperty("pricePerUnit").GetProperty("USD").GetString()!, CultureInfo.InvariantCulture),
            dimension.GetProperty("unit").GetString()!, component);
    }

    private static decimal Hosting(string type) => BundledPriceBook.Default.Find(type, TestEstate.Region, PriceComponent.Hosting)!.HourlyUsd;

    private static decimal Amount(JsonElement group, string metric) => Decimal(group.GetProperty("Metrics").GetProperty(metric), "Amount");

    private static decimal Decimal(JsonElement obj, string member) =>
        decimal.Parse(obj.GetProperty(member).GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> RunOkAsync(AwsCliFlavour cli, RunningSandbox sandbox, params string[] args)
    {
        var result = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, args);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} exited with {result.ExitCode}. stderr: {result.StdErr}");
        return result.StdOut;
    }
}
