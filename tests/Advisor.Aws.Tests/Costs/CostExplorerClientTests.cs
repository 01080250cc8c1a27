using Advisor.Aws.Collection.Costs;
using Advisor.Aws.CostExplorer;
using Advisor.Aws.Errors;

namespace Advisor.Aws.Tests.Costs;

/// <summary>The Cost Explorer client against the sandbox: grouped daily costs that agree with the estate, paging, RequestChanged, the SP recommendation.</summary>
public sealed class CostExplorerClientTests
{
    [Fact]
    public async Task Daily_Costs_Grouped_By_Service_And_Usage_Type_Agree_With_The_Estate_Resources_Prices_And_Hours()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 41, scale: 40);
        var day = sandbox.Today.AddDays(-3);

        var page = await sandbox.CostExplorer.GetCostAndUsageAsync(CostRequests.DailyMlSpend(day, day.AddDays(1)));

        var result = Assert.Single(page.ResultsByTime);
        Assert.Equal((day, day.AddDays(1)), (result.Start, result.End));
        Assert.Null(page.NextPageToken);
        Assert.Equal(["SERVICE", "USAGE_TYPE"], page.GroupDefinitions.Select(g => g.Key));
        var expected = CostSandbox.ExpectedDay(sandbox.Estate, day);
        Assert.NotEmpty(expected);
        var actual = result.Groups.ToDictionary(g => g.Keys[1], g => g);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (usageType, (cost, hours)) in expected)
        {
            // Why: the wire carries at most ten decimals, so the comparison allows rounding in the tenth place.
            Assert.InRange(actual[usageType].Metrics["UnblendedCost"].Amount, cost - 0.0000000001m, cost + 0.0000000001m);
            Assert.Equal("USD", actual[usageType].Metrics["UnblendedCost"].Unit);
            Assert.InRange(actual[usageType].Metrics["UsageQuantity"].Amount, hours - 0.0000000001m, hours + 0.0000000001m);
            Assert.Equal("Hrs", actual[usageType].Metrics["UsageQuantity"].Unit);
        }

        Assert.Equal(1, sandbox.Calls("CostExplorer.GetCostAndUsage"));
    }

    [Fact]
    public async Task Amounts_Are_Exact_Decimals_And_Totals_Appear_Without_GroupBy()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(4));
        var day = sandbox.Today.AddDays(-1);

        var page = await sandbox.CostExplorer.GetCostAndUsageAsync(new GetCostAndUsageRequest
        {
            Start = day, End = day.AddDays(1), Granularity = "DAILY", Metrics = ["UnblendedCost", "UsageQuantity"],
        });

        // Two ml.m5.large (0.115/h) and two endpoints of 2 × ml.g5.xlarge (1.408/h), 24 hours each.
        var total = Assert.Single(page.ResultsByTime).Total;
        Assert.Equal((2 * 0.115m * 24) + (4 * 1.408m * 24), total["UnblendedCost"].Amount);
        Assert.Equal(6 * 24m, total["UsageQuantity"].Amount);
        Assert.Empty(page.ResultsByTime[0].Groups);
    }

    [Fact]
    public async Task Cost_Explorer_Is_Signed_For_Us_East_1_And_Bills_Ec2_With_The_Region_Prefix_Of_An_Eu_West_1_Estate()
    {
        var now = Advisor.Sandbox.Generation.GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow);
        var estate = new Advisor.Sandbox.Estate.SandboxEstate
        {
            AccountId = "210987654321", Region = "eu-west-1", Now = now,
            Ec2Instances =
            [
                new Advisor.Sandbox.Estate.SandboxEc2Instance { InstanceId = "i-0a", InstanceType = "g5.xlarge", LaunchTime = now.AddDays(-20) },
                new Advisor.Sandbox.Estate.SandboxEc2Instance { InstanceId = "i-0b", InstanceType = "g5.xlarge", LaunchTime = now.AddDays(-20), State = "stopped" },
            ],
        };
        await using var sandbox = await CostSandbox.StartAsync(estate);
        var day = sandbox.Today.AddDays(-2);

        var page = await sandbox.CostExplorer.GetCostAndUsageAsync(CostRequests.DailyMlSpend(day, day.AddDays(1)));

        var group = Assert.Single(page.ResultsByTime[0].Groups);
        Assert.Equal([CostRequests.Ec2ComputeService, "EU-BoxUsage:g5.xlarge"], group.Keys);
        Assert.Equal(1.123m * 24, group.Metrics["UnblendedCost"].Amount);
    }

    [Fact]
    public async Task Pages_Follow_The_NextPageToken_With_Identical_Parameters_And_Each_Page_Is_One_Call()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(60));
        var request = new GetCostAndUsageRequest
        {
            Start = sandbox.Today.AddDays(-30), End = sandbox.Today, Granularity = "DAILY", Metrics = ["UnblendedCost"],
            GroupBy = [GroupDefinition.Dimension("USAGE_TYPE"), new GroupDefinition("TAG", "owner")],
        };

        var (results, requests) = await sandbox.CostExplorer.GetAllCostAndUsageAsync(request);

        // 60 owners × 30 days = 1,800 groups: more than one page of 1,000.
        Assert.Equal(2, requests);
        Assert.Equal(2, sandbox.Calls("CostExplorer.GetCostAndUsage"));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => sandbox.Today.AddDays(-30 + i)), results.Select(r => r.Start));
        Assert.All(results, r => Assert.Equal(60, r.Groups.Count));
        Assert.Contains(results[0].Groups, g => g.Keys.SequenceEqual(["USE1-Host:ml.m5.large", "owner$owner-000"]));
    }

    [Fact]
    public async Task A_Page_Token_Sent_With_Changed_Parameters_Is_RequestChangedException()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(60));
        var request = new GetCostAndUsageRequest
        {
            Start = sandbox.Today.AddDays(-30), End = sandbox.Today, Granularity = "DAILY", Metrics = ["UnblendedCost"],
            GroupBy = [GroupDefinition.Dimension("USAGE_TYPE"), new GroupDefinition("TAG", "owner")],
        };
        var first = await sandbox.CostExplorer.GetCostAndUsageAsync(request);
        Assert.NotNull(first.NextPageToken);

        var error = await Assert.ThrowsAsync<AwsValidationException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(
            request with { Metrics = ["UnblendedCost", "UsageQuantity"], NextPageToken = first.NextPageToken }));

        Assert.Equal("RequestChangedException", error.ErrorCode);
        var bad = await Assert.ThrowsAsync<AwsValidationException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(request with { NextPageToken = "garbage" }));
        Assert.Equal("InvalidNextTokenException", bad.ErrorCode);
    }

    [Fact]
    public async Task Invalid_Requests_Are_Refused_Before_Anything_Is_Sent()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));
        var day = sandbox.Today.AddDays(-2);
        var ok = new GetCostAndUsageRequest { Start = day, End = day.AddDays(1), Granularity = "DAILY", Metrics = ["UnblendedCost"] };

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(ok with { End = day }));
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(ok with
        {
            GroupBy = [GroupDefinition.Dimension("SERVICE"), GroupDefinition.Dimension("USAGE_TYPE"), GroupDefinition.Dimension("REGION")],
        }));
        var twoRoots = new CostExpression { Dimensions = new DimensionValues("SERVICE", ["Amazon SageMaker"]), Tags = new TagValues("team", ["a"]) };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(ok with { Filter = twoRoots }));
        Assert.Contains("exactly one root", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(ok with { Metrics = ["Dollars"] }));

        Assert.Equal(0, sandbox.Calls("CostExplorer.GetCostAndUsage"));
    }

    [Fact]
    public async Task The_Sandbox_Refuses_A_Start_After_Today_Like_AWS()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));

        var error = await Assert.ThrowsAsync<AwsValidationException>(() => sandbox.CostExplorer.GetCostAndUsageAsync(new GetCostAndUsageRequest
        {
            Start = sandbox.Today.AddDays(2), End = sandbox.Today.AddDays(3), Granularity = "DAILY", Metrics = ["UnblendedCost"],
        }));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("after today", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SageMaker_Savings_Plan_Recommendation_Commits_To_The_Floor_Of_Hourly_Spend()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(4));

        var response = await sandbox.CostExplorer.GetSavingsPlansPurchaseRecommendationAsync(CostRequests.SageMakerSavingsPlan());

        // Every day bills the same 2 × 0.115 + 4 × 1.408 per hour; ONE_YEAR NO_UPFRONT has the documented ratio 0.80.
        var hourly = (2 * 0.115m) + (4 * 1.408m);
        var commitment = Math.Floor(hourly * 0.80m * 1000m) / 1000m;
        var recommendation = Assert.IsType<SavingsPlansPurchaseRecommendationResult>(response.Recommendation);
        Assert.Equal(("SAGEMAKER_SP", "ONE_YEAR", "NO_UPFRONT", "THIRTY_DAYS"),
            (recommendation.SavingsPlansType, recommendation.TermInYears, recommendation.PaymentOption, recommendation.LookbackPeriodInDays));
        var detail = Assert.Single(recommendation.Details);
        Assert.Equal(commitment, detail.HourlyCommitmentToPurchase);
        Assert.Equal(hourly, detail.CurrentMinimumHourlyOnDemandSpend);
        Assert.Equal(hourly, detail.CurrentAverageHourlyOnDemandSpend);
        Assert.Equal(commitment, recommendation.Summary!.HourlyCommitmentToPurchase);
        Assert.Equal(1, recommendation.Summary.TotalRecommendationCount);
        var monthly = Math.Round(((commitment / 0.80m) - commitment) * 730m, 10);
        Assert.Equal(monthly, recommendation.Summary.EstimatedMonthlySavingsAmount);
        Assert.Equal(0m, detail.UpfrontCost);
        Assert.Equal(1, sandbox.Calls("CostExplorer.GetSavingsPlansPurchaseRecommendation"));
    }
}
