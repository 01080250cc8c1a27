using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointRightsize;

public sealed class SageMakerEndpointRightsizeAnalyzerTests
{
    internal static AnalyzerFixtures<SageMakerEndpointRightsizeAnalyzer, SageMakerEndpointRightsizeOptions> Rightsize { get; } =
        new(Path.Combine("SageMaker", "EndpointRightsize"), o => new(o));

    [Fact]
    public void Recommends_The_Smaller_Cpu_Size_That_Holds_P99_5_Demand_Plus_Headroom()
    {
        var finding = Rightsize.Single("oversized-cpu");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-endpoint-rightsize", finding.AnalyzerId);
        Assert.Equal("change-instance-type", finding.Action);
        // Why: (0.461 − 0.115) × 1 × 730 = 252.58; the one 700 outlier hour is the top 0.5% that P99.5 ignores.
        Assert.Equal(new MonthlySavings(252.58m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal(2, finding.Risk);
        Assert.Equal(Effort.Low, finding.Effort);
        Assert.Equal(
            "Variant AllTraffic of endpoint ranker-prod (1 × ml.m5.2xlarge) needs 1.8 vCPUs (P99.5 of hourly maxima + 20%); "
            + "move it to 1 × ml.m5.large with a new endpoint config and a blue/green UpdateEndpoint.",
            finding.Summary);
    }

    [Fact]
    public void Identifies_The_Variant_As_Endpoint_Slash_Variant()
    {
        var finding = Rightsize.Single("oversized-cpu");

        Assert.Equal(
            new ResourceRef("ranker-prod/AllTraffic", "arn:aws:sagemaker:us-east-1:123456789012:endpoint/ranker-prod",
                ResourceTypes.SageMakerEndpointVariant, "123456789012", "us-east-1"),
            finding.Resource);
    }

    [Fact]
    public void Carries_Evidence_A_Reader_Can_Redo_The_Savings_From()
    {
        var evidence = Rightsize.Single("oversized-cpu").Evidence;

        Assert.Equal("Maximum", evidence.Window!.Statistic);
        Assert.Equal(336, evidence.Window.Datapoints);
        Assert.Equal(["ml.m5.2xlarge", "ml.m5.large"], evidence.Prices.Select(p => p.InstanceType));
        Assert.Equal(0.1875, evidence.Observations["cpuDemandPerVcpu"]);
        Assert.Equal("ml.m5.large", evidence.Observations["candidateType"]);
        var line = Assert.Single(evidence.Lines);
        Assert.Equal(0.346m, line.HourlyUsd);
        Assert.Equal(252.58m, line.MonthlyUsd);
    }

    [Fact]
    public void Removes_Instances_But_Keeps_Two_Where_There_Were_Two_Or_More()
    {
        var finding = Rightsize.Single("fewer-instances");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        // Why: 4 × 1.5 vCPUs × 1.2 = 7.2 vCPUs → 2 × ml.c5.xlarge (8); (4 − 2) × 0.204 × 730 = 297.84.
        Assert.Equal(297.84m, finding.Savings!.Amount);
        Assert.Contains("move it to 2 × ml.c5.xlarge", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_Gpu_Demand_And_Gpu_Memory_Onto_Fewer_Gpus_Of_The_Same_Model()
    {
        var finding = Rightsize.Single("oversized-gpu");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        // Why: (7.09 − 1.408) × 2 × 730 = 8,295.72: 0.8 GPU × 1.2 × 2 = 1.92 GPUs, 17.28 GiB per instance, 7.2 vCPUs.
        Assert.Equal(8295.72m, finding.Savings!.Amount);
        Assert.Contains("move it to 2 × ml.g5.xlarge", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(17.28, finding.Evidence.Observations["gpuMemoryGibNeededPerInstance"]);
    }

    [Fact]
    public void Keeps_A_Variant_Whose_Gpu_Memory_Needs_The_Large_Type()
    {
        var finding = Rightsize.Single("gpu-memory-bound");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("no cheaper fleet", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_A_Variant_Whose_Demand_Needs_Its_Current_Size()
    {
        var finding = Rightsize.Single("busy");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Contains("needs 3.6 vCPUs", finding.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("boundary-fits", FindingKind.Recommend)]
    [InlineData("boundary-over", FindingKind.NoAction)]
    public void Demand_Just_Under_The_Candidate_Capacity_Fits_And_Just_Over_Does_Not(string fixture, FindingKind expected)
    {
        Assert.Equal(expected, Rightsize.Single(fixture).Kind);
    }

    [Theory]
    [InlineData("few-datapoints", FindingKind.InsufficientData)]
    [InlineData("thirty-datapoints", FindingKind.Recommend)]
    public void Needs_Thirty_Hourly_Datapoints_Before_A_Verdict(string fixture, FindingKind expected)
    {
        Assert.Equal(expected, Rightsize.Single(fixture).Kind);
    }

    [Fact]
    public void A_Gpu_Variant_Without_Gpu_Metrics_Is_Insufficient_Data()
    {
        var finding = Rightsize.Single("gpu-metrics-missing");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("0 hourly datapoints", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_An_Endpoint_Without_Invocations_To_The_Idle_Analyzer()
    {
        var finding = Rightsize.Single("idle");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("sagemaker-endpoint-idle", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Endpoint_Younger_Than_The_Window_Is_Insufficient_Data()
    {
        Assert.Equal(FindingKind.InsufficientData, Rightsize.Single("young").Kind);
    }

    [Fact]
    public void A_Saving_Under_The_Minimum_Is_Not_Recommended()
    {
        var finding = Rightsize.Single("oversized-cpu", new SageMakerEndpointRightsizeOptions { MinMonthlySavings = 300m });

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("under the $300.00 minimum", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void More_Headroom_Can_Rule_Out_The_Smaller_Size()
    {
        // Why: 1.66 vCPUs × 1.3 = 2.158 > 2, so 30% headroom keeps ml.m5.xlarge where 20% moved it.
        var finding = Rightsize.Single("boundary-fits", new SageMakerEndpointRightsizeOptions { Headroom = 0.3 });

        Assert.Equal(FindingKind.NoAction, finding.Kind);
    }

    [Fact]
    public void The_Smallest_Size_At_Its_Instance_Floor_Has_Nothing_To_Move_To()
    {
        var finding = Rightsize.Single("smallest");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("nothing smaller to move to", finding.Summary, StringComparison.Ordinal);
    }
}
