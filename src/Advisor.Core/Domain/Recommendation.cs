namespace Advisor.Core.Domain;

/// <summary>Priority bucket shown to FinOps; thresholds come from configuration.</summary>
public enum Priority
{
    P1,
    P2,
    P3,
}

/// <summary>
/// A ranked, de-duplicated recommendation: the primary finding for one resource, with the other
/// mutually exclusive findings for the same resource kept as alternatives (never counted in totals).
/// </summary>
public sealed record Recommendation
{
    /// <summary>Stable id: the same analyzer, resource and action give the same id run after run.</summary>
    public required string Id { get; init; }
    public required Finding Finding { get; init; }
    public required decimal Score { get; init; }
    public required Priority Priority { get; init; }
    public required int Rank { get; init; }
    public IReadOnlyList<Finding> Alternatives { get; init; } = [];
}
