using Advisor.Core.Analysis.Prioritization;
using Advisor.Core.Domain;

namespace Advisor.Core.Tests.Analysis.Prioritization;

public sealed class TotalsTests
{
    private readonly Prioritizer _prioritizer = new(new PrioritizerOptions());

    [Fact]
    public void Sums_Primaries_Only_And_Never_Counts_A_Resource_Twice()
    {
        var ranked = _prioritizer.Prioritize(
        [
            Findings.Recommend("churn", 1000m),
            Findings.Recommend("churn", 400m, analyzer: "sagemaker-endpoint-rightsize", action: "rightsize-variant"),
            Findings.Recommend("search", 50.25m),
        ]);

        Assert.Equal(1050.25m, Totals.TotalMonthlySavings(ranked));
    }

    [Fact]
    public void Counts_A_Resource_Listed_Twice_Once_At_Its_Highest_Saving()
    {
        var fromRunOne = _prioritizer.Prioritize([Findings.Recommend("churn", 1000m)]);
        var fromRunTwo = _prioritizer.Prioritize([Findings.Recommend("churn", 900m, analyzer: "sagemaker-endpoint-rightsize")]);

        Assert.Equal(1000m, Totals.TotalMonthlySavings([.. fromRunOne, .. fromRunTwo]));
    }

    [Fact]
    public void Is_Zero_With_No_Recommendations()
    {
        Assert.Equal(0m, Totals.TotalMonthlySavings(Array.Empty<Recommendation>()));
    }
}
