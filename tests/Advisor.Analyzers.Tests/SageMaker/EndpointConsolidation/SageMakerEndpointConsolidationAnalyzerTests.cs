using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointConsolidation;

/// <summary>
/// Fixtures (all one sklearn image, 14 days of hourly CPU maxima alternating between the named peak and half of it):
/// three-low-use (a, b, c: 1 × ml.m5.xlarge at 40%), one-busy (b peaks at 120%), at-quarter (b peaks at exactly 100%),
/// single (a alone), gpu (a, b: ml.g5.xlarge, GPU 10%), few-datapoints (a, b: 10 hours only),
/// two-instances (a runs 2 instances), cpu-and-gpu (a: ml.m5.xlarge, b: ml.g5.xlarge).
/// </summary>
public sealed class SageMakerEndpointConsolidationAnalyzerTests
{
    [Fact]
    public void Recommends_One_Multi_Model_Endpoint_For_Three_Low_Use_Endpoints_Of_One_Image()
    {
        var finding = Fixtures.EndpointConsolidation.Single("three-low-use");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("consolidation:sklearn-inference", finding.Resource.Id);
        Assert.Equal("consolidate-to-multi-model-endpoint", finding.Action);
        Assert.Equal((0.23m * 3 - 0.115m) * 730m, finding.Savings!.Amount);
        Assert.Equal("ml.m5.large", finding.Evidence.Observations["consolidatedType"]);
        Assert.Equal((Confidence.Medium, 2, Effort.Medium), (finding.Confidence, finding.Risk, finding.Effort));
        Assert.Equal(4, finding.Evidence.Lines.Count);
    }

    [Fact]
    public void A_Member_Above_A_Quarter_Of_Its_Instance_Leaves_The_Group()
    {
        var finding = Fixtures.EndpointConsolidation.Single("one-busy");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("only 1", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Member_At_Exactly_A_Quarter_Is_Not_Low_Use()
    {
        var finding = Fixtures.EndpointConsolidation.Single("at-quarter");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
    }

    [Fact]
    public void A_Single_Endpoint_Of_An_Image_Forms_No_Group()
    {
        Assert.Empty(Fixtures.EndpointConsolidation.Analyze("single"));
    }

    [Fact]
    public void A_Group_Of_Low_Use_Gpu_Endpoints_Is_Left_For_Triton()
    {
        var finding = Fixtures.EndpointConsolidation.Single("gpu");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("Triton", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_Few_Datapoints_Give_Insufficient_Data()
    {
        var finding = Fixtures.EndpointConsolidation.Single("few-datapoints");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
    }

    [Fact]
    public void Two_Instances_Are_Kept_When_A_Member_Ran_Two()
    {
        var finding = Fixtures.EndpointConsolidation.Single("two-instances");

        Assert.Equal(2, finding.Evidence.Observations["consolidatedCount"]);
        Assert.Equal((0.23m * 3 - 0.115m * 2) * 730m, finding.Savings!.Amount);
    }

    [Fact]
    public void Plans_The_Right_Size_Queries_For_Grouped_Endpoints_Only()
    {
        var snapshot = Fixtures.EndpointConsolidation.Load("cpu-and-gpu");
        var specs = Fixtures.EndpointConsolidation.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window).ToList();

        Assert.Equal(6, specs.Count);
        Assert.All(specs.Where(s => s.MetricName != "Invocations"), s => Assert.Equal(("Maximum", 3600), (s.Stat, s.PeriodSeconds)));
        var single = Fixtures.EndpointConsolidation.Load("single");
        Assert.Empty(Fixtures.EndpointConsolidation.Analyzer().PlanMetrics(single.Inventory, single.Window));
    }
}
