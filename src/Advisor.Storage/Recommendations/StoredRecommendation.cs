using Advisor.Core.Domain;

namespace Advisor.Storage.Recommendations;

/// <summary>
/// A recommendation as the store keeps it across runs: the latest figures from the newest run that produced it,
/// its lifecycle status, and when it was first and last seen. <see cref="DocumentJson"/> is the full published
/// recommendation (evidence, alternatives) of the latest run, kept verbatim for the API.
/// </summary>
public sealed record StoredRecommendation
{
    public required string Id { get; init; }
    public required string AnalyzerId { get; init; }
    public required ResourceRef Resource { get; init; }
    public required string Action { get; init; }
    public required string Summary { get; init; }
    public required decimal MonthlySavings { get; init; }
    public required CostBasis CostBasis { get; init; }
    public required Confidence Confidence { get; init; }
    public required int Risk { get; init; }
    public required Effort Effort { get; init; }
    public required Priority Priority { get; init; }
    public required decimal Score { get; init; }

    /// <summary>Owning team from the resource's team tag, when known (bounded by the organisation's teams).</summary>
    public string? Team { get; init; }

    public required RecommendationStatus Status { get; init; }

    /// <summary>Set while <see cref="Status"/> is Snoozed: the recommendation returns to Open at the first run on or after this time.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>Savings at the moment it was dismissed: it comes back only if savings grow beyond this × the configured factor.</summary>
    public decimal? DismissedSavings { get; init; }

    public required string FirstSeenRunId { get; init; }
    public required string LastSeenRunId { get; init; }
    public required DateTimeOffset FirstSeenAt { get; init; }
    public required DateTimeOffset LastSeenAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The published recommendation JSON of the latest run (evidence, alternatives, rank).</summary>
    public required string DocumentJson { get; init; }
}
