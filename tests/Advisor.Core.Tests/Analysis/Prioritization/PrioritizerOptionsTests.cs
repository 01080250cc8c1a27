using Advisor.Core.Analysis.Prioritization;
using Microsoft.Extensions.Options;

namespace Advisor.Core.Tests.Analysis.Prioritization;

public sealed class PrioritizerOptionsTests
{
    [Fact]
    public void Accepts_The_Defaults()
    {
        Assert.True(new PrioritizerOptionsValidator().Validate(null, new PrioritizerOptions()).Succeeded);
    }

    [Fact]
    public void Has_The_Documented_Defaults()
    {
        var o = new PrioritizerOptions();

        Assert.Equal((1.0m, 0.6m, 0.3m), (o.HighConfidenceWeight, o.MediumConfidenceWeight, o.LowConfidenceWeight));
        Assert.Equal(0.1m, o.RiskPenaltyPerLevel);
        Assert.Equal((1.0m, 0.95m, 0.85m, 0.7m), (o.VeryLowEffortFactor, o.LowEffortFactor, o.MediumEffortFactor, o.HighEffortFactor));
        Assert.Equal((1000m, 100m), (o.P1MinScore, o.P2MinScore));
    }

    public static TheoryData<PrioritizerOptions, string> BadOptions => new()
    {
        { new PrioritizerOptions { P1MinScore = 100m, P2MinScore = 100m }, "Prioritization:P1MinScore must be greater than Prioritization:P2MinScore, were 100 and 100" },
        { new PrioritizerOptions { P2MinScore = -1m }, "Prioritization:P2MinScore must be 0 or more, was -1" },
        { new PrioritizerOptions { RiskPenaltyPerLevel = 0.25m }, "Prioritization:RiskPenaltyPerLevel must be at least 0 and below 0.25, was 0.25" },
        { new PrioritizerOptions { HighConfidenceWeight = 1.5m }, "Prioritization:HighConfidenceWeight must be more than 0 and at most 1, was 1.5" },
        { new PrioritizerOptions { HighEffortFactor = 0m }, "Prioritization:HighEffortFactor must be more than 0 and at most 1, was 0" },
        { new PrioritizerOptions { LowConfidenceWeight = 0.8m }, "Prioritization:HighConfidenceWeight, MediumConfidenceWeight and LowConfidenceWeight must not increase" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Refuses_Bad_Options_With_A_Message_Naming_The_Key(PrioritizerOptions options, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new Prioritizer(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
