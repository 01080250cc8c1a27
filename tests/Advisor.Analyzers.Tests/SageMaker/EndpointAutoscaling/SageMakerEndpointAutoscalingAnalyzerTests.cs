using Advisor.Analyzers.SageMaker.EndpointAutoscaling;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointAutoscaling;

public sealed class SageMakerEndpointAutoscalingAnalyzerTests
{
    private static readonly AnalyzerFixtures<SageMakerEndpointAutoscalingAnalyzer, SageMakerEndpointAutoscalingOptions> Fixtures =
        new(Path.Combine("SageMaker", "EndpointAutoscaling"), o => new(o));

    [Fact]
    public void Recommends_Target_Tracking_For_A_Fleet_With_A_Daily_Swing_And_No_Policy()
    {
        var finding = Fixtures.Single("daily-swing");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-endpoint-autoscaling", finding.AnalyzerId);
        Assert.Equal("add-target-tracking", finding.Action);
        Assert.Equal("search-prod/AllTraffic", finding.Resource.Id);
        Assert.Equal(ResourceTypes.SageMakerEndpointVariant, finding.Resource.Type);

        // Why: 12 quiet hours a day at 10% of peak need ⌈4 × 0.1⌉ = 1 → the minimum 2, so 2 of 4 instances are shed for half the hours:
        // 336 instance-hours over 336 h × $0.23 × 730 = $167.90.
        Assert.Equal(new MonthlySavings(167.90m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Equal(2, finding.Risk);
        Assert.Equal(336m, finding.Evidence.Observations["shedInstanceHours"]);
        Assert.Equal(1000d, finding.Evidence.Observations["p95HourlyInvocations"]);
        Assert.Equal(100d, finding.Evidence.Observations["p5HourlyInvocations"]);
        Assert.Contains("estimate", (string)finding.Evidence.Observations["assumption"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_A_Variant_That_Already_Has_A_Scaling_Policy()
    {
        var finding = Fixtures.Single("has-policy");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("already has an Application Auto Scaling policy", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_A_Variant_With_Flat_Traffic()
    {
        var finding = Fixtures.Single("flat");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
    }

    [Fact]
    public void Reports_Insufficient_Data_Below_Thirty_Hourly_Datapoints()
    {
        var finding = Fixtures.Single("too-few-datapoints");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("29 hourly Invocations datapoints", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommends_At_A_Swing_Of_Exactly_Three()
    {
        var finding = Fixtures.Single("swing-at-threshold");

        // Why: 3 instances at 1/3 of peak need ⌈1⌉ = 1 → the minimum 2: one instance shed for 168 of 336 h × $0.23 × 730 = $83.95.
        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(new MonthlySavings(83.95m, CostBasis.ListOnDemand), finding.Savings);
    }

    [Fact]
    public void Leaves_A_Swing_Of_Three_When_The_Threshold_Is_Just_Above_It()
    {
        var finding = Fixtures.Single("swing-at-threshold", new SageMakerEndpointAutoscalingOptions { MinTrafficSwing = 3.01 });

        Assert.Equal(FindingKind.NoAction, finding.Kind);
    }

    [Fact]
    public void Reports_Insufficient_Data_When_The_Policies_Could_Not_Be_Read()
    {
        var finding = Fixtures.Single("policies-unknown");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("AccessDenied", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_A_Single_Instance_Variant()
    {
        Assert.Equal(FindingKind.NoAction, Fixtures.Single("single-instance").Kind);
    }

    [Fact]
    public void Plans_One_Hourly_Invocations_Sum_Per_Candidate_Variant_And_None_For_Scaled_Ones()
    {
        var analyzer = Fixtures.Analyzer();
        var swing = Fixtures.Load("daily-swing");
        var spec = Assert.Single(analyzer.PlanMetrics(swing.Inventory, swing.Window));

        Assert.Equal(("AWS/SageMaker", "Invocations", "Sum", 3600), (spec.Namespace, spec.MetricName, spec.Stat, spec.PeriodSeconds));
        Assert.Equal([new MetricDimension("EndpointName", "search-prod"), new MetricDimension("VariantName", "AllTraffic")], spec.Dimensions);

        var scaled = Fixtures.Load("has-policy");
        Assert.Empty(analyzer.PlanMetrics(scaled.Inventory, scaled.Window));
    }

    [Theory]
    [InlineData(1.0, "MinTrafficSwing")]
    [InlineData(double.NaN, "MinTrafficSwing")]
    public void Rejects_A_Swing_Threshold_That_Every_Series_Meets(double swing, string key)
    {
        var result = new SageMakerEndpointAutoscalingOptionsValidator().Validate(null, new SageMakerEndpointAutoscalingOptions { MinTrafficSwing = swing });

        Assert.True(result.Failed);
        Assert.Contains("Analyzers:SageMakerEndpointAutoscaling:" + key, result.FailureMessage, StringComparison.Ordinal);
    }
}
