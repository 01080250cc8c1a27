using Advisor.Analyzers.SageMaker.SavingsPlan;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.SageMaker.SavingsPlan;

public sealed class SageMakerSavingsPlanAnalyzerTests
{
    private static readonly AnalyzerFixtures<SageMakerSavingsPlanAnalyzer, SageMakerSavingsPlanOptions> Runner =
        new(Path.Combine("SageMaker", "SavingsPlan"), o => new(o));

    [Fact]
    public void Recommends_The_Cost_Explorer_Plan_When_Spend_Is_Steady()
    {
        var finding = Runner.Single("steady");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-savings-plan", finding.AnalyzerId);
        Assert.Equal("purchase-savings-plan", finding.Action);
        Assert.Equal(new MonthlySavings(438m, CostBasis.Net), finding.Savings);
        Assert.Equal((Confidence.Medium, 1, Effort.Low), (finding.Confidence, finding.Risk, finding.Effort));
        Assert.Equal("sagemaker-savings-plan:123456789012", finding.Resource.Id);
        Assert.Equal("AWS::SavingsPlans::SavingsPlan", finding.Resource.Type);
        Assert.Equal(
            "SageMaker spend in account 123456789012 never fell below $3.00/h; buy a ONE_YEAR NO_UPFRONT SageMaker Savings Plan of $2.40/h "
            + "to save $438.00 a month (Cost Explorer forecast).",
            finding.Summary);
        Assert.Equal(3m, finding.Evidence.Observations["hourlySpendFloorUsd"]);
        Assert.Equal(false, finding.Evidence.Observations["cappedAtFloor"]);
    }

    [Fact]
    public void Caps_A_Commitment_Above_The_Hourly_Spend_Floor_And_Scales_The_Savings()
    {
        var finding = Runner.Single("above-floor");

        // Why: one day billed $48 (floor $2/h) under CE's $2.40/h commitment: 438 × 2 ÷ 2.4 = 365.
        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(new MonthlySavings(365m, CostBasis.Net), finding.Savings);
        Assert.Equal(2m, finding.Evidence.Observations["hourlyCommitmentUsd"]);
        Assert.Equal(true, finding.Evidence.Observations["cappedAtFloor"]);
        Assert.Contains("capped at the floor", finding.Summary, StringComparison.Ordinal);
        var line = Assert.Single(finding.Evidence.Lines);
        Assert.Equal((0.5m, 1m, 365m), (line.HourlyUsd, line.Quantity, line.MonthlyUsd));
        Assert.Equal(0.833333m, finding.Evidence.Observations["savingsScale"]);
    }

    [Fact]
    public void Takes_No_Action_When_The_Savings_Are_Under_The_Minimum()
    {
        var finding = Runner.Single("small");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Contains("$36.50 a month, not above the $50.00 minimum", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_At_Exactly_The_Minimum_And_Recommends_Just_Above_It()
    {
        Assert.Equal(FindingKind.NoAction, Runner.Single("boundary").Kind);

        var lower = Runner.Single("boundary", new SageMakerSavingsPlanOptions { MinMonthlySavingsUsd = 49.99m });

        Assert.Equal(FindingKind.Recommend, lower.Kind);
        Assert.Equal(50m, lower.Savings!.Amount);
    }

    [Fact]
    public void Takes_No_Action_When_Cost_Explorer_Recommends_No_Plan()
    {
        var finding = Runner.Single("no-plan");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Equal("Cost Explorer recommends no SageMaker Savings Plan for account 123456789012.", finding.Summary);
    }

    [Fact]
    public void Reports_Insufficient_Data_Naming_The_Source_When_Cost_Explorer_Failed()
    {
        var finding = Runner.Single("no-costs");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Equal(
            "No Cost Explorer data for account 123456789012: source costexplorer is AccessDenied (GetCostAndUsage: AccessDenied); "
            + "SageMaker spend cannot be judged.",
            finding.Summary);
    }

    [Fact]
    public void Reports_Insufficient_Data_With_Fewer_Than_Seven_Days_Of_Costs()
    {
        var finding = Runner.Single("six-days");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("Only 6 days of SageMaker daily costs", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(FindingKind.Recommend, Runner.Single("six-days", new SageMakerSavingsPlanOptions { MinDays = 6 }).Kind);
    }

    [Fact]
    public void Asks_For_No_CloudWatch_Metrics()
    {
        var snapshot = Runner.Load("steady");

        Assert.Empty(Runner.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window));
    }

    [Theory]
    [InlineData(-0.01, true)]
    [InlineData(0, false)]
    public void Validates_The_Minimum_Savings_Naming_The_Key(double minimum, bool fails)
    {
        var result = new SageMakerSavingsPlanOptionsValidator().Validate(null, new SageMakerSavingsPlanOptions { MinMonthlySavingsUsd = (decimal)minimum });

        Assert.Equal(fails, result.Failed);
        if (fails)
        {
            Assert.Contains("Analyzers:SageMakerSavingsPlan:MinMonthlySavingsUsd", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
