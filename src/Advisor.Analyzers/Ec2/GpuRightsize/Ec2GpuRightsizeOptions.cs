using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>
/// Options of <see cref="Ec2GpuRightsizeAnalyzer"/>, bound from <c>Analyzers:Ec2GpuRightsize</c>. Single-field ranges are
/// DataAnnotations; the percentile's allowed values and NaN are checked by <see cref="Ec2GpuRightsizeOptionsValidator"/>.
/// </summary>
public sealed class Ec2GpuRightsizeOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:Ec2GpuRightsize";

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
    /// Minimum hours with a datapoint from every GPU before any verdict. Default 30 (Why: Compute Optimizer requires 30 hours of
    /// data before a utilisation-based recommendation). ≥ 1.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinDatapoints) + " must be 1 or more.")]
    public int MinDatapoints { get; set; } = 30;
}
