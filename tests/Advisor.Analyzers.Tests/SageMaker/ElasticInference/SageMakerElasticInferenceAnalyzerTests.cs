using Advisor.Analyzers.SageMaker.ElasticInference;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Analysis.Prioritization;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.Tests.SageMaker.ElasticInference;

public sealed class SageMakerElasticInferenceAnalyzerTests
{
    private static readonly AnalyzerFixtures<SageMakerElasticInferenceAnalyzer, SageMakerElasticInferenceOptions> Fixtures =
        new(Path.Combine("SageMaker", "ElasticInference"), o => new(o));

    [Fact]
    public void Drops_A_Medium_Accelerator_And_Saves_Its_Former_Price_Per_Instance()
    {
        var finding = Fixtures.For("medium", "legacy-ep");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-elastic-inference", finding.AnalyzerId);
        Assert.Equal("migrate-off-elastic-inference", finding.Action);

        // Why: ml.eia2.medium 0.168 USD/h (derived) × 2 instances × 730 h = 245.28 USD.
        Assert.Equal(new MonthlySavings(245.28m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal((Confidence.High, 2), (finding.Confidence, finding.Risk));
        Assert.Contains("AllTraffic: ml.m5.xlarge CPU-only", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("validate with a load test", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(ResourceTypes.SageMakerEndpoint, finding.Resource.Type);
    }

    [Fact]
    public void Marks_The_Medium_Price_As_Derived_And_Notes_That_EI_Can_No_Longer_Be_Billed()
    {
        var evidence = Fixtures.For("medium", "legacy-ep").Evidence;

        var quote = Assert.Single(evidence.Prices);
        Assert.Equal(("ml.eia2.medium", 0.168m), (quote.InstanceType, quote.HourlyUsd));
        Assert.StartsWith("derived", quote.Source, StringComparison.Ordinal);
        Assert.StartsWith("derived", (string)evidence.Observations["derivedPrice:ml.eia2.medium"]!, StringComparison.Ordinal);
        Assert.Contains("can no longer be billed", (string)evidence.Observations["note"]!, StringComparison.Ordinal);
        var line = Assert.Single(evidence.Lines);
        Assert.Equal((0.168m, 2m, 245.28m), (line.HourlyUsd, line.Quantity, line.MonthlyUsd));
    }

    [Fact]
    public void Tells_A_Running_Notebook_To_Drop_Its_Accelerator()
    {
        var finding = Fixtures.For("medium", "old-notebook");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("migrate-off-elastic-inference", finding.Action);

        // Why: ml.eia1.large 0.364 USD/h × 730 h = 265.72 USD.
        Assert.Equal(new MonthlySavings(265.72m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(ResourceTypes.SageMakerNotebookInstance, finding.Resource.Type);
        Assert.Equal(Confidence.High, finding.Confidence);
    }

    [Fact]
    public void Reports_A_Stopped_Notebook_As_A_Must_Do_With_No_Saving()
    {
        var finding = Fixtures.For("medium", "parked-notebook");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(0m, finding.Savings!.Amount);
        Assert.Contains("Stopped", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_A_Migration_That_Costs_More_As_A_Recommendation_With_A_Negative_Delta()
    {
        var finding = Fixtures.Single("large");

        Assert.Equal(FindingKind.Recommend, finding.Kind);

        // Why: (ml.c5.xlarge 0.204 + ml.eia2.large 0.336 − ml.g4dn.xlarge 0.736) × 1 × 730 h = −143.08 USD.
        Assert.Equal(new MonthlySavings(-143.08m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(-143.08m, finding.Evidence.Observations["costDeltaUsdPerMonth"]);
        Assert.Contains("costs 143.08 USD a month more", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("1 × ml.g4dn.xlarge", finding.Summary, StringComparison.Ordinal);
        var alternatives = Assert.IsType<Dictionary<string, decimal?>>(finding.Evidence.Observations["alternativeTargets"]);
        Assert.Equal(0.99m, alternatives["ml.inf2.xlarge"]);
        Assert.Equal(
            ["ml.eia2.large", "ml.c5.xlarge", "ml.g4dn.xlarge"],
            finding.Evidence.Prices.Select(p => p.InstanceType));
    }

    [Fact]
    public void The_Prioritizer_Keeps_A_Negative_Saving_Must_Do()
    {
        var finding = Fixtures.Single("large");

        var recommendation = Assert.Single(new Prioritizer(new PrioritizerOptions()).Prioritize([finding]));

        Assert.Equal(-143.08m, recommendation.Finding.Savings!.Amount);
    }

    [Fact]
    public void Moves_A_Large_Accelerator_To_CPU_Only_When_The_Threshold_Is_Raised_To_Its_Throughput()
    {
        var finding = Fixtures.Single("large", new SageMakerElasticInferenceOptions { CpuOnlyMaxFp32Tflops = 2 });

        // Why: at the boundary (2 FP32 TFLOPS ≤ 2) the accelerator is dropped: 0.336 USD/h × 730 h = 245.28 USD.
        Assert.Equal(245.28m, finding.Savings!.Amount);
        Assert.Contains("CPU-only", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_Only_The_Variant_That_Names_An_Accelerator()
    {
        var finding = Fixtures.Single("mixed");

        // Why: ml.eia1.medium 0.182 USD/h (derived) × 1 instance × 730 h; variant B has no accelerator.
        Assert.Equal(132.86m, finding.Savings!.Amount);
        Assert.Single(finding.Evidence.Lines);
    }

    [Fact]
    public void Ignores_Endpoints_Without_Accelerators_Endpoints_Not_In_Service_And_Failed_Notebooks()
    {
        Assert.Empty(Fixtures.Analyze("clean"));
    }

    [Fact]
    public void Reports_Insufficient_Data_When_The_Host_Or_The_Accelerator_Has_No_Price()
    {
        var odd = Fixtures.For("unpriced", "odd-host-ep");
        var future = Fixtures.For("unpriced", "future-ei-ep");

        Assert.Equal((FindingKind.InsufficientData, FindingKind.InsufficientData), (odd.Kind, future.Kind));
        Assert.Null(odd.Savings);
        Assert.Contains("no trusted Hosting price for ml.zz.xlarge", odd.Summary, StringComparison.Ordinal);
        Assert.Contains("ml.eia3.medium", future.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_No_CloudWatch_Queries()
    {
        var snapshot = Fixtures.Load("medium");

        Assert.Empty(Fixtures.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window));
        Assert.Equal("sagemaker-elastic-inference", Fixtures.Analyzer().Descriptor.Id);
    }

    [Fact]
    public void Analyze_Uses_The_Price_Book_It_Is_Given()
    {
        var findings = Fixtures.Analyzer().Analyze(Fixtures.Load("large"), new AnalysisContext(new EmptyPriceBook()));

        Assert.Equal(FindingKind.InsufficientData, Assert.Single(findings).Kind);
    }

    private sealed class EmptyPriceBook : IPriceBook
    {
        public PriceQuote? Find(string instanceType, string region, PriceComponent component) => null;

        public InstanceSpec? Spec(string instanceType) => null;
    }
}
