using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Host.Cycle;

/// <summary>The outcome of one scan cycle: what was collected, every finding, and the ranked recommendations.</summary>
public sealed record CycleResult(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ScopeSnapshot> Snapshots,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<AnalyzerFailure> AnalyzerFailures)
{
    /// <summary>Headline savings: primaries only, so no resource is counted twice.</summary>
    public decimal TotalMonthlySavings => Recommendations.Sum(r => r.Finding.Savings?.Amount ?? 0m);
}

/// <summary>An analyzer that threw on a scope; the others still ran.</summary>
public sealed record AnalyzerFailure(string AnalyzerId, string Scope, string Error);
