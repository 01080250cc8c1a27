using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.SavingsPlan;

/// <summary>
/// Options of <see cref="SageMakerSavingsPlanAnalyzer"/>, bound from <c>Analyzers:SageMakerSavingsPlan</c>.
/// The decimal minimum is checked by <see cref="SageMakerSavingsPlanOptionsValidator"/>.
/// </summary>
public sealed class SageMakerSavingsPlanOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerSavingsPlan";

    /// <summary>
    /// A plan is recommended only when its monthly savings (after the floor cap) are above this many USD. Default 50
    /// (Why: a one-year commitment is a purchase decision; below $50 a month it is not worth a buyer's review). 0 or more.
    /// </summary>
    public decimal MinMonthlySavingsUsd { get; set; } = 50m;

    /// <summary>
    /// Days of SageMaker daily cost rows needed before the spend floor is trusted. Default 7 (Why: one full week covers the
    /// weekday/weekend cycle, the shortest look-back Cost Explorer itself offers). 1–365.
    /// </summary>
    [Range(1, 365, ErrorMessage = SectionName + ":" + nameof(MinDays) + " must be between 1 and 365.")]
    public int MinDays { get; set; } = 7;
}
