using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>
/// Options of <see cref="SageMakerEndpointIdleAnalyzer"/>, bound from <c>Analyzers:SageMakerEndpointIdle</c>.
/// Single-field ranges are DataAnnotations; cross-field rules live in <see cref="SageMakerEndpointIdleOptionsValidator"/>.
/// </summary>
public sealed class SageMakerEndpointIdleOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerEndpointIdle";

    /// <summary>
    /// An endpoint is idle when its total invocations over the window are at most this. Default 0
    /// (Why: the product card says "= 0"; a small positive value tolerates health-check pings). Must be ≥ 0.
    /// </summary>
    [Range(0L, long.MaxValue, ErrorMessage = SectionName + ":" + nameof(InvocationThreshold) + " must be 0 or more.")]
    public long InvocationThreshold { get; set; }

    /// <summary>
    /// Minimum fraction (0–1] of the window's expected CPUUtilization datapoints every instance-backed variant must have.
    /// Default 0.9 (Why: zero invocations are only believed when the instance metrics show the endpoint was up and
    /// monitored through the window; 90% tolerates a few lost hours without reading a gap as idleness).
    /// </summary>
    public double MinMonitoredCoverage { get; set; } = 0.9;

    /// <summary>
    /// Minimum number of CPUUtilization datapoints per variant. Default 30
    /// (Why: Compute Optimizer requires 30 hours of data before any utilisation-based verdict). Must be ≥ 1.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MinDatapoints) + " must be 1 or more.")]
    public int MinDatapoints { get; set; } = 30;
}
