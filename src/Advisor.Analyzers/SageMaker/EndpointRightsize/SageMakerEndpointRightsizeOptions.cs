using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>
/// Options of <see cref="SageMakerEndpointRightsizeAnalyzer"/>, bound from <c>Analyzers:SageMakerEndpointRightsize</c>. Single-field
/// ranges are DataAnnotations; the percentile's allowed values, the headroom range and NaN are checked by
/// <see cref="SageMakerEndpointRightsizeOptionsValidator"/>.
/// </summary>
public sealed class SageMakerEndpointRightsizeOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerEndpointRightsize";

    /// <summary>The percentiles a user may pick (Why: Compute Optimizer offers P90, P95 and P99.5 and nothing else).</summary>
    public static readonly IReadOnlyList<double> AllowedPercentiles = [90, 95, 99.5];

    /// <summary>
    /// Demand is this percentile of the hourly maxima. Default 99.5 (Why: Compute Optimizer's default; it ignores the top 0.5%
    /// of hours, under two hours in 14 days). One of 90, 95, 99.5.
    /// </summary>
    public double Percentile { get; set; } = 99.5;

    /// <summary>
    /// Fraction added to demand before it must fit the candidate. Default 0.2 (Why: Compute Optimizer's default headroom;
    /// 0, 0.1 and 0.3 are its other presets). 0 to 1.
    /// </summary>
    public double Headroom { get; set; } = 0.2;

    /// <summary>
    /// Minimum hourly datapoints of every measured dimension before any verdict. Default 30 (Why: Compute Optimizer requires
    /// 30 hours of data before a utilisation-based recommendation). ≥ 1.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinDatapoints) + " must be 1 or more.")]
    public int MinDatapoints { get; set; } = 30;

    /// <summary>
    /// Smallest monthly saving (USD) worth a recommendation. Default 10 (Why: below ~$10 a month a blue/green endpoint update
    /// costs more engineering time than it saves). ≥ 0.
    /// </summary>
    public decimal MinMonthlySavings { get; set; } = 10m;
}
