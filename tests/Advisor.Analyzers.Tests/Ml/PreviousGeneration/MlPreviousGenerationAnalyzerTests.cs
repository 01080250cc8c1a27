using Advisor.Analyzers.Ml.PreviousGeneration;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.Ml.PreviousGeneration;

public sealed class MlPreviousGenerationAnalyzerTests
{
    private static readonly AnalyzerFixtures<MlPreviousGenerationAnalyzer, MlPreviousGenerationOptions> Fixtures =
        new(Path.Combine("Ml", "PreviousGeneration"), o => new(o));

    [Fact]
    public void Recommends_Moving_A_P3_Endpoint_To_The_Cheaper_P4d_With_The_Hourly_Delta_As_Savings()
    {
        var finding = Fixtures.For("mixed", "v100-ep");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("ml-previous-generation", finding.AnalyzerId);
        Assert.Equal("move-to-current-generation", finding.Action);

        // Why: (ml.p3.16xlarge 28.152 − ml.p4d.24xlarge 25.251) × 2 instances × 730 h = 4235.46 USD.
        Assert.Equal(new MonthlySavings(4235.46m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Contains("ml.p4d.24xlarge", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(2, finding.Evidence.Prices.Count);
    }

    [Fact]
    public void Takes_No_Action_Where_The_Successor_Costs_More_And_Shows_The_Price_Delta()
    {
        var finding = Fixtures.For("mixed", "t4-ep");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("ml.g6.xlarge costs 0.3907 USD/h more", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(-0.3907m, finding.Evidence.Observations["hourlyDelta:AllTraffic"]);
    }

    [Fact]
    public void Reports_Insufficient_Data_When_The_Old_Type_Has_No_Price()
    {
        var finding = Fixtures.For("mixed", "inf1-ep");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("ml.inf1.6xlarge", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_Nothing_About_Current_Generation_Or_Endpoints_Not_In_Service()
    {
        var findings = Fixtures.Analyze("mixed");

        Assert.DoesNotContain(findings, f => f.Resource.Id is "a10g-ep" or "stopped-v100-ep");
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void Ignores_A_Family_That_Is_Not_Enabled()
    {
        var findings = Fixtures.Analyze("mixed", new MlPreviousGenerationOptions { EnabledFamilies = "g4dn, inf1" });

        Assert.DoesNotContain(findings, f => f.Resource.Id == "v100-ep");
    }

    [Fact]
    public void Rejects_An_Unknown_Family_Naming_The_Key()
    {
        var result = new MlPreviousGenerationOptionsValidator().Validate(null, new MlPreviousGenerationOptions { EnabledFamilies = "p3,k80" });

        Assert.True(result.Failed);
        Assert.Contains("Analyzers:MlPreviousGeneration:EnabledFamilies", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("k80", result.FailureMessage, StringComparison.Ordinal);
    }
}
