using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>
/// Options of <see cref="SageMakerEndpointAutoscalingAnalyzer"/>, bound from <c>Analyzers:SageMakerEndpointAutoscaling</c>.
/// Single-field ranges are DataAnnotations; cross-field rules live in <see cref="SageMakerEndpointAutoscalingOptionsValidator"/>.
/// </summary>
public sealed class SageMakerEndpointAutoscalingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerEndpointAutoscaling";

    /// <summary>
    /// The daily swing that makes a variant worth autoscaling: P95 hour ÷ P5 hour of hourly Invocations at least this.
    /// Default 3 (Why: ANALYZERS.md; below a 3× swing a policy sheds too few instance-hours to pay for its risk). Must be &gt; 1.
    /// </summary>
    public double MinTrafficSwing { get; set; } = 3;

    /// <summary>
    /// The smallest fleet a policy may scale down to, and the smallest fleet considered. Default 2
    /// (Why: AWS recommends ≥ 2 instances per production variant so one Availability Zone failure does not stop the endpoint).
    /// </summary>
    [Range(1, 1_000, ErrorMessage = SectionName + ":" + nameof(MinInstances) + " must be between 1 and 1000.")]
    public int MinInstances { get; set; } = 2;

    /// <summary>
    /// Minimum hourly Invocations datapoints before a verdict. Default 30
    /// (Why: Compute Optimizer requires 30 hours of data before any utilisation-based verdict).
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinDatapoints) + " must be 1 or more.")]
    public int MinDatapoints { get; set; } = 30;

    /// <summary>
    /// Coverage (fraction of expected hours with a datapoint) at or above which confidence is Medium rather than Low.
    /// Default 0.9 (Why: the shed estimate extrapolates observed hours to a month; a sparse series extrapolates less safely).
    /// </summary>
    public double MediumConfidenceCoverage { get; set; } = 0.9;
}
