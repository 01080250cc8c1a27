using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointIdle;

public sealed class SageMakerEndpointIdleAnalyzerTests
{
    [Fact]
    public void Recommends_Deleting_An_Endpoint_With_No_Invocations_In_The_Window()
    {
        var finding = Fixtures.EndpointIdle.Single("idle");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("sagemaker-endpoint-idle", finding.AnalyzerId);
        Assert.Equal("delete-endpoint", finding.Action);
        Assert.Equal(new MonthlySavings(2055.68m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal(1, finding.Risk);
        Assert.Equal(Effort.VeryLow, finding.Effort);
        Assert.Equal(
            "Endpoint churn-prod served 0 invocations in 14 days on 2 × ml.g5.xlarge; delete it (config and model are kept).",
            finding.Summary);
    }

    [Fact]
    public void Identifies_The_Endpoint_By_Name_Arn_Account_And_Region()
    {
        var finding = Fixtures.EndpointIdle.Single("idle");

        Assert.Equal(
            new ResourceRef("churn-prod", "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-prod", ResourceTypes.SageMakerEndpoint, "123456789012", "us-east-1"),
            finding.Resource);
    }

    [Fact]
    public void Carries_Evidence_A_Reader_Can_Redo_The_Savings_From()
    {
        var evidence = Fixtures.EndpointIdle.Single("idle").Evidence;

        var window = Assert.IsType<Advisor.Core.Domain.ObservationWindow>(evidence.Window);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), window.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero), window.End);
        Assert.Equal(TimeSpan.FromHours(1), window.Period);
        Assert.Equal("Sum", window.Statistic);
        Assert.Equal(1.0, window.Coverage);
        Assert.Equal(336, window.Datapoints);
        Assert.Equal(336, window.ExpectedDatapoints);

        var quote = Assert.Single(evidence.Prices);
        Assert.Equal(("ml.g5.xlarge", PriceComponent.Hosting, 1.408m), (quote.InstanceType, quote.Component, quote.HourlyUsd));
        Assert.Equal("2026-09-24", quote.AsOf);
        Assert.Equal("Σ variants (hourly Hosting price × instance count) × 730 h", evidence.Formula);

        var line = Assert.Single(evidence.Lines);
        Assert.Equal(new SavingsLine("variant AllTraffic: ml.g5.xlarge × 2", 1.408m, 2m, 2055.68m), line);

        Assert.Equal(0d, evidence.Observations["invocations"]);
        Assert.Equal(0L, evidence.Observations["invocationThreshold"]);
        Assert.Equal(336, evidence.Observations["variant.AllTraffic.cpuDatapoints"]);
        Assert.Equal(1.0, evidence.Observations["variant.AllTraffic.cpuCoverage"]);

        // Why: the fixture's CPUUtilization is 2.0 summed over the 4 vCPUs of an ml.g5.xlarge.
        Assert.Equal(0.5, evidence.Observations["variant.AllTraffic.avgCpuPercentPerVcpu"]);
        Assert.Equal(
            "missing Invocations datapoints read as 0 because CPUUtilization proves the endpoint was monitored",
            evidence.Observations["note"]);
    }

    [Fact]
    public void Takes_No_Action_On_A_Busy_Endpoint_And_Says_How_Busy()
    {
        var finding = Fixtures.EndpointIdle.Single("busy");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Equal("", finding.Action);
        Assert.Contains("40320 invocations", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Insufficient_Data_For_An_Endpoint_Younger_Than_The_Window()
    {
        var finding = Fixtures.EndpointIdle.Single("young");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("younger than the 14-day window", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Insufficient_Data_When_Monitoring_Has_A_Gap()
    {
        var finding = Fixtures.EndpointIdle.Single("monitoring-gap");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("variant AllTraffic has 200 of 336 hourly", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(200, finding.Evidence.Window?.Datapoints);
    }

    [Fact]
    public void Accepts_The_Same_Gap_When_The_Coverage_Option_Allows_It()
    {
        var finding = Fixtures.EndpointIdle.Single("monitoring-gap", new SageMakerEndpointIdleOptions { MinMonitoredCoverage = 0.5 });

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(1027.84m, finding.Savings?.Amount);
    }

    [Fact]
    public void Takes_No_Action_When_One_Of_Two_Variants_Is_Busy()
    {
        var finding = Fixtures.EndpointIdle.Single("one-busy-variant");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Equal(1008d, finding.Evidence.Observations["invocations"]);
        Assert.Equal(0d, finding.Evidence.Observations["variant.champion.invocations"]);
    }

    [Theory]
    [InlineData("at-five", FindingKind.Recommend)]
    [InlineData("at-six", FindingKind.NoAction)]
    public void Treats_Invocations_Equal_To_The_Threshold_As_Idle(string endpoint, FindingKind expected)
    {
        var finding = Fixtures.EndpointIdle.For("at-threshold", endpoint, new SageMakerEndpointIdleOptions { InvocationThreshold = 5 });

        Assert.Equal(expected, finding.Kind);
    }

    [Fact]
    public void Recommends_Nothing_At_The_Default_Threshold_For_Five_Invocations()
    {
        Assert.All(Fixtures.EndpointIdle.Analyze("at-threshold"), f => Assert.Equal(FindingKind.NoAction, f.Kind));
    }

    [Fact]
    public void Reads_A_Missing_Invocations_Series_As_Zero_When_Cpu_Proves_Monitoring()
    {
        var finding = Fixtures.EndpointIdle.Single("missing-invocations");

        Assert.Equal(FindingKind.Recommend, finding.Kind);

        // Why: blue 2 × ml.g5.xlarge (1.408) + green 3 × ml.m5.large (0.115), × 730 h, rounded once.
        Assert.Equal(MonthlySavings.RoundCents(((1.408m * 2) + (0.115m * 3)) * 730m), finding.Savings?.Amount);
        Assert.Equal(2307.53m, finding.Savings?.Amount);
        Assert.Equal(["blue", "green"], Assert.IsType<List<string>>(finding.Evidence.Observations["variantsWithoutInvocationsSeries"]));
        Assert.Equal(2, finding.Evidence.Lines.Count);
        Assert.Equal(2, finding.Evidence.Prices.Count);
        Assert.Contains("on 2 × ml.g5.xlarge + 3 × ml.m5.large", finding.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blind")]
    [InlineData("denied")]
    public void Reports_Insufficient_Data_When_The_Cpu_Series_Is_Missing_Or_Failed(string endpoint)
    {
        var finding = Fixtures.EndpointIdle.For("cpu-missing", endpoint);

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("has 0 of 336 hourly", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_On_A_Serverless_Endpoint()
    {
        var finding = Fixtures.EndpointIdle.Single("serverless");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("cost nothing idle", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_On_A_Scale_To_Zero_Endpoint()
    {
        var finding = Fixtures.EndpointIdle.Single("scale-to-zero");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("scale to zero", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Insufficient_Data_When_An_Instance_Type_Has_No_Trusted_Price()
    {
        var finding = Fixtures.EndpointIdle.Single("unpriced");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("No trusted price for ml.inf1.6xlarge", finding.Summary, StringComparison.Ordinal);
        Assert.Null(finding.Savings);
    }

    [Fact]
    public void Reports_Insufficient_Data_When_The_Endpoint_Config_Could_Not_Be_Read()
    {
        var finding = Fixtures.EndpointIdle.Single("config-unresolved");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("instance types are unknown", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_No_Finding_For_Endpoints_That_Are_Not_In_Service()
    {
        Assert.Empty(Fixtures.EndpointIdle.Analyze("not-in-service"));
    }
}
