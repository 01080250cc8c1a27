using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>
/// Options of <see cref="SageMakerEndpointConsolidationAnalyzer"/>, bound from <c>Analyzers:SageMakerEndpointConsolidation</c>.
/// Single-field ranges are DataAnnotations; fractions and NaN are checked by <see cref="SageMakerEndpointConsolidationOptionsValidator"/>.
/// </summary>
public sealed class SageMakerEndpointConsolidationOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerEndpointConsolidation";

    /// <summary>
    /// A member must use less than this fraction of its instance on every dimension. Default 0.25 (Why: ANALYZERS.md; below a
    /// quarter of an instance, four such endpoints fit on one). Above 0, at most 1.
    /// </summary>
    public double MaxUtilisation { get; set; } = 0.25;

    /// <summary>
    /// Demand is this percentile (nearest rank) of the hourly maxima. Default 99.5 (Why: the right-size rule's Compute Optimizer
    /// default, so both rules read the same series the same way). Above 0, at most 100.
    /// </summary>
    public double Percentile { get; set; } = 99.5;

    /// <summary>Fraction added to the summed demand before it must fit. Default 0.2 (Why: Compute Optimizer's default headroom). 0 to 1.</summary>
    public double Headroom { get; set; } = 0.2;

    /// <summary>Minimum members of a group. Default 2 (Why: one endpoint alone has nothing to share with). ≥ 2.</summary>
    [Range(2, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinMembers) + " must be 2 or more.")]
    public int MinMembers { get; set; } = 2;

    /// <summary>Minimum hourly datapoints per measured dimension of a member. Default 30 (Why: Compute Optimizer's 30 hours). ≥ 1.</summary>
    [Range(1, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinDatapoints) + " must be 1 or more.")]
    public int MinDatapoints { get; set; } = 30;

    /// <summary>
    /// A saving must exceed this (USD a month) to be recommended. Default 10 (Why: below ~$10 a month moving models is not worth the
    /// engineering time). ≥ 0.
    /// </summary>
    public decimal MinMonthlySavings { get; set; } = 10m;
}
