namespace Advisor.Core.Analysis.Prioritization;

/// <summary>
/// How the prioritiser scores and buckets recommendations, bound from <c>Prioritization</c>. Score = monthly savings ×
/// confidence weight × (1 − risk penalty × risk) × effort factor. Validated by <see cref="PrioritizerOptionsValidator"/>.
/// </summary>
public sealed class PrioritizerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Prioritization";

    /// <summary>Weight of a High-confidence finding. Why: 1.0 / 0.6 / 0.3 is the product card's scale (ANALYZERS.md, Priority).</summary>
    public decimal HighConfidenceWeight { get; set; } = 1.0m;

    /// <summary>Weight of a Medium-confidence finding (0.6).</summary>
    public decimal MediumConfidenceWeight { get; set; } = 0.6m;

    /// <summary>Weight of a Low-confidence finding (0.3).</summary>
    public decimal LowConfidenceWeight { get; set; } = 0.3m;

    /// <summary>
    /// Score lost per risk level (0.1). Why: 10% per level of Compute Optimizer's 0–4 scale keeps even a very-high-risk
    /// action at 60% of its value: risk lowers a rank, it does not hide a saving. Must keep 4 × penalty below 1.
    /// </summary>
    public decimal RiskPenaltyPerLevel { get; set; } = 0.1m;

    /// <summary>Factor for VeryLow effort (1.0). Why: a one-call action such as deleting an endpoint loses nothing.</summary>
    public decimal VeryLowEffortFactor { get; set; } = 1.0m;

    /// <summary>Factor for Low effort (0.95). Why: a config change the owner can make in minutes.</summary>
    public decimal LowEffortFactor { get; set; } = 0.95m;

    /// <summary>Factor for Medium effort (0.85). Why: needs a deployment or a load test.</summary>
    public decimal MediumEffortFactor { get; set; } = 0.85m;

    /// <summary>Factor for High effort (0.7). Why: re-architecture (consolidation, checkpointing) costs engineering weeks.</summary>
    public decimal HighEffortFactor { get; set; } = 0.7m;

    /// <summary>Minimum score of a P1 (1000). Why: about a thousand dollars a month is worth a ticket this sprint.</summary>
    public decimal P1MinScore { get; set; } = 1000m;

    /// <summary>Minimum score of a P2 (100); lower scores are P3. Why: below ~100 USD/month a change rarely pays for its review.</summary>
    public decimal P2MinScore { get; set; } = 100m;
}
