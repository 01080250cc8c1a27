using System.Text.RegularExpressions;
using Advisor.Core.Analysis.Prioritization;
using Advisor.Core.Domain;

namespace Advisor.Core.Tests.Analysis.Prioritization;

public sealed class PrioritizerTests
{
    private readonly Prioritizer _prioritizer = new(new PrioritizerOptions());

    [Fact]
    public void Keeps_Only_Recommend_Findings_With_Savings()
    {
        var kept = Findings.Recommend("a", 500m);
        Finding[] findings =
        [
            kept,
            kept with { Resource = Findings.Resource("b"), Kind = FindingKind.NoAction, Savings = null },
            kept with { Resource = Findings.Resource("c"), Kind = FindingKind.InsufficientData, Savings = null },
            kept with { Resource = Findings.Resource("d"), Savings = null },
        ];

        var recommendation = Assert.Single(_prioritizer.Prioritize(findings));

        Assert.Same(kept, recommendation.Finding);
    }

    [Fact]
    public void Makes_The_Highest_Saving_The_Primary_And_The_Others_Its_Alternatives()
    {
        var rightsize = Findings.Recommend("churn", 400m, analyzer: "sagemaker-endpoint-rightsize", action: "rightsize-variant");
        var delete = Findings.Recommend("churn", 1000m);
        var consolidate = Findings.Recommend("churn", 700m, analyzer: "sagemaker-endpoint-consolidation", action: "consolidate");

        var recommendation = Assert.Single(_prioritizer.Prioritize([rightsize, delete, consolidate]));

        Assert.Same(delete, recommendation.Finding);
        Assert.Equal([consolidate, rightsize], recommendation.Alternatives);
    }

    [Fact]
    public void Breaks_A_Savings_Tie_By_Confidence_Then_By_Analyzer_Id()
    {
        var low = Findings.Recommend("x", 300m, analyzer: "a-low", confidence: Confidence.Low);
        var mediumB = Findings.Recommend("x", 300m, analyzer: "b-medium", confidence: Confidence.Medium);
        var mediumA = Findings.Recommend("x", 300m, analyzer: "a-medium", confidence: Confidence.Medium);

        var recommendation = Assert.Single(_prioritizer.Prioritize([low, mediumB, mediumA]));

        Assert.Same(mediumA, recommendation.Finding);
        Assert.Equal([mediumB, low], recommendation.Alternatives);
    }

    [Fact]
    public void Scores_Savings_By_Confidence_Risk_And_Effort()
    {
        var finding = Findings.Recommend("x", 1000m, confidence: Confidence.Medium, risk: 2, effort: Effort.Medium);

        // Why: 1000 × 0.6 × (1 − 0.1 × 2) × 0.85.
        Assert.Equal(408m, _prioritizer.Score(finding));
        Assert.Equal(408m, Assert.Single(_prioritizer.Prioritize([finding])).Score);
    }

    [Fact]
    public void Ranks_By_Score_Then_Savings_Then_Id()
    {
        var small = Findings.Recommend("small", 50m);
        var big = Findings.Recommend("big", 1000m);

        // Why: 1250 × (1 − 0.1 × 2) = 1000, the same score as "big" with more savings, so it ranks first.
        var risky = Findings.Recommend("risky", 1250m, risk: 2);
        var sameA = Findings.Recommend("same-a", 200m);
        var sameB = Findings.Recommend("same-b", 200m);

        var ranked = _prioritizer.Prioritize([small, big, sameB, risky, sameA]);

        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank));
        Assert.Equal(["risky", "big"], ranked.Take(2).Select(r => r.Finding.Resource.Id));
        Assert.Equal("small", ranked[^1].Finding.Resource.Id);
        var tied = ranked.Skip(2).Take(2).ToList();
        Assert.Equal(tied.Select(r => r.Id).Order(StringComparer.Ordinal), tied.Select(r => r.Id));
    }

    [Theory]
    [InlineData(1000.00, Priority.P1)]
    [InlineData(999.99, Priority.P2)]
    [InlineData(100.00, Priority.P2)]
    [InlineData(99.99, Priority.P3)]
    [InlineData(0.01, Priority.P3)]
    public void Buckets_At_The_Exact_Thresholds(double savings, Priority expected)
    {
        var recommendation = Assert.Single(_prioritizer.Prioritize([Findings.Recommend("x", (decimal)savings)]));

        Assert.Equal(expected, recommendation.Priority);
    }

    [Fact]
    public void Uses_The_Configured_Bucket_Thresholds()
    {
        var prioritizer = new Prioritizer(new PrioritizerOptions { P1MinScore = 50m, P2MinScore = 10m });

        Assert.Equal(Priority.P1, Assert.Single(prioritizer.Prioritize([Findings.Recommend("x", 50m)])).Priority);
    }

    [Fact]
    public void Gives_Stable_Ids_From_Analyzer_Resource_And_Action()
    {
        var finding = Findings.Recommend("churn", 100m);

        var first = Assert.Single(_prioritizer.Prioritize([finding])).Id;
        var again = Assert.Single(new Prioritizer(new PrioritizerOptions()).Prioritize([finding with { Summary = "reworded", Savings = new MonthlySavings(5m, CostBasis.Net) }])).Id;

        Assert.Matches(new Regex("^rec-[0-9a-f]{16}$"), first);
        Assert.Equal(first, again);
        Assert.Equal("rec-" + Sha256Hex("sagemaker-endpoint-idle|AWS::SageMaker::Endpoint|123456789012|us-east-1|churn|delete-endpoint")[..16], first);
        Assert.NotEqual(first, Prioritizer.IdOf(finding with { Action = "scale-to-zero" }));
        Assert.NotEqual(first, Prioritizer.IdOf(finding with { Resource = Findings.Resource("other") }));
    }

    [Fact]
    public void Gives_The_Same_Ranking_Whatever_The_Input_Order()
    {
        Finding[] findings = [Findings.Recommend("a", 10m), Findings.Recommend("b", 10m), Findings.Recommend("c", 900m), Findings.Recommend("a", 5m, analyzer: "other-analyzer")];

        var forward = _prioritizer.Prioritize(findings);
        var backward = _prioritizer.Prioritize(findings.Reverse());

        Assert.Equal(forward.Select(r => (r.Id, r.Rank)), backward.Select(r => (r.Id, r.Rank)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Rejects_A_Risk_Outside_Zero_To_Four(int risk)
    {
        var error = Assert.Throws<ArgumentException>(() => _prioritizer.Prioritize([Findings.Recommend("x", 10m, risk: risk)]));

        Assert.Contains("risk must be 0 to 4", error.Message, StringComparison.Ordinal);
    }

    private static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
