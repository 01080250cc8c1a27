namespace Advisor.Core.Domain;

/// <summary>
/// What one analyzer concluded about one resource: recommend an action, no action, or insufficient data.
/// Findings are pure values; the prioritiser turns the <see cref="FindingKind.Recommend"/> ones into ranked recommendations.
/// </summary>
public sealed record Finding
{
    public required string AnalyzerId { get; init; }
    public required FindingKind Kind { get; init; }
    public required ResourceRef Resource { get; init; }

    /// <summary>Machine-readable action id, e.g. <c>delete-endpoint</c>; empty for non-recommendations.</summary>
    public string Action { get; init; } = "";

    /// <summary>One sentence a FinOps reader understands without the evidence.</summary>
    public required string Summary { get; init; }

    /// <summary>Monthly savings if the action is taken; null unless <see cref="Kind"/> is Recommend.</summary>
    public MonthlySavings? Savings { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>Risk of the action on Compute Optimizer's 0 (none) to 4 (very high) scale, kept apart from confidence.</summary>
    public int Risk { get; init; }

    public Effort Effort { get; init; } = Effort.Low;

    public Evidence Evidence { get; init; } = new();
}
