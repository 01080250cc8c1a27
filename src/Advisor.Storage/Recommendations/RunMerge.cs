using Advisor.Core.Domain;

namespace Advisor.Storage.Recommendations;

/// <summary>
/// What one run hands to <see cref="IRecommendationStore.MergeAsync"/>: every recommendation it produced (primaries),
/// and which (scope, analyzer) pairs it actually evaluated. Why: only a recommendation whose analyzer ran on its scope with
/// healthy inputs may be resolved by its absence; a denied or failed source must never read as "the waste is gone".
/// </summary>
public sealed record RunMerge(
    string RunId,
    DateTimeOffset At,
    IReadOnlyList<MergeItem> Recommendations,
    IReadOnlyList<EvaluatedScope> Evaluated);

/// <summary>One produced recommendation, with its published JSON and its team (when the resource carries a team tag).</summary>
public sealed record MergeItem(Recommendation Recommendation, string DocumentJson, string? Team);

/// <summary>An analyzer that completed on a scope (account × region) with its inputs healthy.</summary>
public sealed record EvaluatedScope(string Account, string Region, string AnalyzerId);

/// <summary>What a merge changed, for the run record, the report and the metrics.</summary>
public sealed record MergeOutcome(
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Reopened,
    IReadOnlyList<string> Resolved,
    IReadOnlyList<string> StillOpen,
    IReadOnlyList<string> Unchanged);
