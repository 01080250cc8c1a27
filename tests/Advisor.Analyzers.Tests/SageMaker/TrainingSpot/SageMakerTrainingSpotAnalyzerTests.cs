using Advisor.Analyzers.SageMaker.TrainingSpot;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.Tests.SageMaker.TrainingSpot;

public sealed class SageMakerTrainingSpotAnalyzerTests
{
    [Fact]
    public void Recommends_Managed_Spot_At_High_Confidence_For_A_Pipeline_That_Checkpoints()
    {
        var finding = Fixtures.TrainingSpot.Single("checkpointed");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-training-spot", finding.AnalyzerId);
        Assert.Equal("enable-managed-spot", finding.Action);
        Assert.Equal(new MonthlySavings(24.55m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal(1, finding.Risk);
        Assert.Equal(Effort.Low, finding.Effort);
        Assert.Equal(
            "Training pipeline churn-train spends about 52.23 USD a month on-demand on ml.g5.2xlarge (9 billed runs in 30 days); "
            + "it already checkpoints to S3, so enable managed spot training (MaxWaitTimeInSeconds ≥ MaxRuntimeInSeconds): saves 47%–69%.",
            finding.Summary);
    }

    [Fact]
    public void Identifies_The_Pipeline_By_Its_Name_Stem_And_The_Latest_Jobs_Arn()
    {
        var finding = Fixtures.TrainingSpot.Single("checkpointed");

        Assert.Equal(
            new ResourceRef(
                "churn-train",
                "arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-train-2026-11-14-23-00-00",
                ResourceTypes.SageMakerTrainingJob,
                "123456789012",
                "us-east-1"),
            finding.Resource);
    }

    [Fact]
    public void Counts_Only_Completed_And_Stopped_Runs_And_States_The_Monthly_Scaling_And_The_Range()
    {
        var evidence = Fixtures.TrainingSpot.Single("checkpointed").Evidence;

        Assert.Null(evidence.Window);
        var quote = Assert.Single(evidence.Prices);
        Assert.Equal(("ml.g5.2xlarge", PriceComponent.Training, 1.515m), (quote.InstanceType, quote.Component, quote.HourlyUsd));
        Assert.StartsWith("Σ Completed/Stopped on-demand runs", evidence.Formula, StringComparison.Ordinal);
        var line = Assert.Single(evidence.Lines);
        Assert.Equal(24.55m, line.MonthlyUsd);
        Assert.Equal(1.515m, line.HourlyUsd);

        var o = evidence.Observations;
        Assert.Equal(11, o["runs"]);
        Assert.Equal(9, o["billedRuns"]);
        Assert.Equal(2, o["runsNotBilled"]);
        Assert.Equal(34m, o["instanceHoursInLookback"]);
        Assert.Equal(51.51m, o["onDemandSpendInLookbackUsd"]);
        Assert.Equal("× 730 h ÷ 720 h (30 days)", o["monthlyScaling"]);
        Assert.Equal(52.23m, o["monthlyOnDemandSpendUsd"]);
        Assert.Equal(0.47m, o["spotDiscountLow"]);
        Assert.Equal(0.69m, o["spotDiscountHigh"]);
        Assert.Contains("pricing-notes.md §4", (string)o["spotDiscountSource"]!, StringComparison.Ordinal);
        Assert.Equal("24.55 USD – 36.04 USD (47%–69% discount); the low end is the figure", o["monthlySavingsRangeUsd"]);
    }

    [Fact]
    public void Uses_The_Spot_Price_History_Of_The_Same_Hardware_In_The_Scopes_Region_When_Present()
    {
        var finding = Fixtures.TrainingSpot.Single("short-runs");

        Assert.Equal("enable-managed-spot", finding.Action);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Equal(new MonthlySavings(3.92m, CostBasis.ListOnDemand), finding.Savings);

        // Why: g4dn.xlarge EC2 on-demand is 0.526; us-east-1 spot ran 0.20–0.25 (the us-west-2 point and the g5 point are ignored).
        var o = finding.Evidence.Observations;
        Assert.Equal(0.5247m, o["spotDiscountLow"]);
        Assert.Equal(0.6197m, o["spotDiscountHigh"]);
        Assert.StartsWith("spot price history: 2 observations of g4dn.xlarge in us-east-1", (string)o["spotDiscountSource"]!, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence.Prices, p => p.Component == PriceComponent.Ec2 && p.InstanceType == "g4dn.xlarge" && p.HourlyUsd == 0.526m);
        Assert.Contains("its longest run took 0.5 h, under 1 h", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommends_Checkpointing_Then_Spot_At_Low_Confidence_For_Long_Runs_Without_Checkpoints()
    {
        var finding = Fixtures.TrainingSpot.Single("long-no-checkpoints");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("add-checkpointing-then-spot", finding.Action);
        Assert.Equal(new MonthlySavings(24.20m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.Low, finding.Confidence);
        Assert.Equal(2, finding.Risk);
        Assert.Contains("its runs take up to 4 h without checkpoints, so add CheckpointConfig", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_On_A_Pipeline_Already_On_Spot_And_Reports_Its_Realised_Savings()
    {
        var finding = Fixtures.TrainingSpot.Single("on-spot");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Equal("", finding.Action);
        Assert.Equal(0.6667m, finding.Evidence.Observations["realisedSpotSavings"]);
        Assert.Equal(
            "Training pipeline vision-train already uses managed spot training; its finished spot runs billed 66.7% less than their training time.",
            finding.Summary);
    }

    [Theory]
    [InlineData("oneoff-train", "ran 1 time(s) in 30 days; at least 2 runs are needed")]
    [InlineData("cpu-train", "No spot price history for m5.xlarge in us-east-1 and no published spot discount band for the m5 family")]
    [InlineData("flaky-train", "has no Completed or Stopped on-demand run with a billable time")]
    [InlineData("tiny-train", "No trusted price for ml.t3.medium (Training) in us-east-1")]
    public void Reports_Insufficient_Data_Instead_Of_Guessing(string pipeline, string expected)
    {
        var finding = Fixtures.TrainingSpot.For("insufficient", pipeline);

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Contains(expected, finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Run_Of_Exactly_One_Hour_Is_Not_Short_But_One_Second_Less_Is()
    {
        Assert.Equal("add-checkpointing-then-spot", Fixtures.TrainingSpot.For("boundary", "exact-hour-train").Action);
        var under = Fixtures.TrainingSpot.For("boundary", "just-under-train");
        Assert.Equal("enable-managed-spot", under.Action);
        Assert.Equal(Confidence.Medium, under.Confidence);
    }

    [Fact]
    public void A_Job_Created_Exactly_At_The_Start_Of_The_Lookback_Counts_And_One_Second_Earlier_Does_Not()
    {
        var finding = Fixtures.TrainingSpot.For("boundary", "edge-train");

        Assert.Equal(2, finding.Evidence.Observations["billedRuns"]);
        Assert.Equal(new MonthlySavings(1.12m, CostBasis.ListOnDemand), finding.Savings);
    }

    [Fact]
    public void Thresholds_Follow_The_Options()
    {
        var longer = new SageMakerTrainingSpotOptions { ShortJobMaxRuntime = TimeSpan.FromHours(2) };
        var stricter = new SageMakerTrainingSpotOptions { MinRuns = 3 };

        Assert.Equal("enable-managed-spot", Fixtures.TrainingSpot.For("boundary", "exact-hour-train", longer).Action);
        Assert.Equal(FindingKind.InsufficientData, Fixtures.TrainingSpot.For("boundary", "edge-train", stricter).Kind);
    }

    [Fact]
    public void Groups_By_Name_Stem_Image_And_Type_And_Ignores_Jobs_Outside_The_Lookback()
    {
        var findings = Fixtures.TrainingSpot.Analyze("grouping");

        Assert.Equal(["nlp (ml.g5.12xlarge)", "nlp (ml.g5.xlarge)"], findings.Select(f => f.Resource.Id));
        Assert.All(findings, f => Assert.Equal(2, f.Evidence.Observations["runs"]));
        Assert.Equal(new MonthlySavings(0.67m, CostBasis.ListOnDemand), findings[1].Savings);
        Assert.Equal(new MonthlySavings(3.38m, CostBasis.ListOnDemand), findings[0].Savings);
    }

    [Fact]
    public void Asks_For_No_CloudWatch_Metrics_And_Declares_Its_Iam_Actions()
    {
        var analyzer = Fixtures.TrainingSpot.Analyzer();
        var snapshot = Fixtures.TrainingSpot.Load("checkpointed");

        Assert.Empty(analyzer.PlanMetrics(snapshot.Inventory, snapshot.Window));
        Assert.Equal("sagemaker-training-spot", analyzer.Descriptor.Id);
        Assert.Equal("Analyzers:SageMakerTrainingSpot", analyzer.Descriptor.OptionsSection);
        Assert.Contains("sagemaker:DescribeTrainingJob", analyzer.Descriptor.IamActions);
        Assert.Contains("ec2:DescribeSpotPriceHistory", analyzer.Descriptor.IamActions);
        Assert.Contains("sagemaker:CreateTrainingJob", analyzer.Descriptor.RemediationIamActions);
    }
}
