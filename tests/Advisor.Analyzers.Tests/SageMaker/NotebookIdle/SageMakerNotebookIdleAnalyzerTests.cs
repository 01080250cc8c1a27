using Advisor.Analyzers.SageMaker.NotebookIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.Tests.SageMaker.NotebookIdle;

public sealed class SageMakerNotebookIdleAnalyzerTests
{
    [Fact]
    public void Recommends_Stopping_A_Notebook_Running_For_Days_Without_Auto_Stop()
    {
        var finding = Fixtures.NotebookIdle.Single("forgotten");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-notebook-idle", finding.AnalyzerId);
        Assert.Equal("stop-notebook-and-add-auto-stop", finding.Action);

        // Why: 1.408 USD/h × 730 h × (168 − 50) ÷ 168 = 721.935… USD.
        Assert.Equal(new MonthlySavings(721.94m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Equal(1, finding.Risk);
        Assert.Equal(
            "Notebook alice-notebook (ml.g5.xlarge) has been InService with no lifecycle config (no auto-stop) and unchanged for 12 days; "
            + "stop it and add an auto-stop lifecycle config (savings assumes it is needed 50 of 168 h a week once it auto-stops).",
            finding.Summary);
        Assert.Equal(
            new ResourceRef("alice-notebook", "arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/alice-notebook",
                ResourceTypes.SageMakerNotebookInstance, "123456789012", "us-east-1"),
            finding.Resource);
    }

    [Fact]
    public void Carries_The_Price_The_Assumption_And_The_Missing_Metrics_In_The_Evidence()
    {
        var evidence = Fixtures.NotebookIdle.Single("forgotten").Evidence;

        Assert.Null(evidence.Window);
        var quote = Assert.Single(evidence.Prices);
        Assert.Equal(("ml.g5.xlarge", PriceComponent.Notebook, 1.408m), (quote.InstanceType, quote.Component, quote.HourlyUsd));
        Assert.Equal("hourly Notebook price × 730 h × (168 h − assumed busy hours a week) ÷ 168 h", evidence.Formula);
        var line = Assert.Single(evidence.Lines);
        Assert.Equal((1.408m, 0.702381m, 721.94m), (line.HourlyUsd, line.Quantity, line.MonthlyUsd));
        Assert.Equal(12d, evidence.Observations["daysSinceModified"]);
        Assert.Equal(3, evidence.Observations["minDaysSinceModified"]);
        Assert.Equal(50m, evidence.Observations["busyHoursPerWeek"]);
        Assert.Equal(50, evidence.Observations["volumeSizeGbStillBilledWhenStopped"]);
        Assert.Equal("assumes it is needed 50 of 168 h a week once it auto-stops", evidence.Observations["assumption"]);
        Assert.Contains("no CloudWatch metrics", (string)evidence.Observations["note"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_On_A_Notebook_With_A_Lifecycle_Config()
    {
        var finding = Fixtures.NotebookIdle.Single("lifecycle");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Contains("lifecycle config auto-stop-idle", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_No_Finding_For_Notebooks_That_Are_Not_In_Service()
    {
        Assert.Empty(Fixtures.NotebookIdle.Analyze("stopped"));
    }

    [Fact]
    public void Reports_Insufficient_Data_For_A_Notebook_Modified_Recently()
    {
        var finding = Fixtures.NotebookIdle.Single("young");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Equal(
            "Notebook emeka-notebook was modified 2 days ago, under the 3-day threshold; without CloudWatch metrics there is not enough history to call it forgotten.",
            finding.Summary);
    }

    [Fact]
    public void Reports_Insufficient_Data_For_An_Unpriced_Type()
    {
        var finding = Fixtures.NotebookIdle.Single("unpriced");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("No trusted price for ml.t3.large (Notebook) in us-east-1", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_Three_Days_Unmodified_Is_Flagged_And_One_Minute_Less_Is_Not()
    {
        var atThreshold = Fixtures.NotebookIdle.For("boundary", "farah-notebook");
        Assert.Equal(FindingKind.Recommend, atThreshold.Kind);

        // Why: ml.t3.medium's Notebook rate is 0.05 USD/h: 0.05 × 730 × 118 ÷ 168 = 25.636… USD.
        Assert.Equal(new MonthlySavings(25.64m, CostBasis.ListOnDemand), atThreshold.Savings);
        Assert.Equal(FindingKind.InsufficientData, Fixtures.NotebookIdle.For("boundary", "goran-notebook").Kind);
    }

    [Fact]
    public void Thresholds_Follow_The_Options()
    {
        var options = new SageMakerNotebookIdleOptions { MinDaysSinceModified = 1, BusyHoursPerWeek = 0m };

        var finding = Fixtures.NotebookIdle.Single("young", options);

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(new MonthlySavings(1027.84m, CostBasis.ListOnDemand), finding.Savings);
    }

    [Fact]
    public void Notes_An_Elastic_Inference_Accelerator_Without_Pricing_It()
    {
        var finding = Fixtures.NotebookIdle.Single("eia");

        Assert.Equal(new MonthlySavings(117.93m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(["ml.eia2.medium"], Assert.IsAssignableFrom<IEnumerable<string>>(finding.Evidence.Observations["elasticInferenceAccelerators"]));
        Assert.Contains("sagemaker-elastic-inference", (string)finding.Evidence.Observations["acceleratorNote"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_For_No_CloudWatch_Metrics_And_Declares_Its_Iam_Actions()
    {
        var analyzer = Fixtures.NotebookIdle.Analyzer();
        var snapshot = Fixtures.NotebookIdle.Load("forgotten");

        Assert.Empty(analyzer.PlanMetrics(snapshot.Inventory, snapshot.Window));
        Assert.Equal("Analyzers:SageMakerNotebookIdle", analyzer.Descriptor.OptionsSection);
        Assert.Contains("sagemaker:ListNotebookInstances", analyzer.Descriptor.IamActions);
        Assert.Contains("sagemaker:StopNotebookInstance", analyzer.Descriptor.RemediationIamActions);
    }
}
