using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>The metric queries of the endpoint right-size rule: hourly maxima of the instance gauges per EndpointName + VariantName.</summary>
internal static class EndpointRightsizeMetrics
{
    public const string GpuMetric = "GPUUtilization";
    public const string GpuMemoryMetric = "GPUMemoryUtilization";

    /// <summary>Why: demand is a percentile of hourly maxima (Compute Optimizer), not of averages that hide the busy minutes.</summary>
    public const string Stat = "Maximum";

    /// <summary>An hourly Maximum query of one instance gauge (CPUUtilization, GPUUtilization or GPUMemoryUtilization).</summary>
    public static MetricSpec Hourly(string metric, string endpointName, string variantName, AnalysisWindow window) =>
        new(EndpointIdleMetrics.InstanceNamespace, metric,
            [new("EndpointName", endpointName), new("VariantName", variantName)], Stat, EndpointIdleMetrics.PeriodSeconds(window));

    /// <summary>The Invocations total of a variant: the very spec the idle analyzer plans, so the planner asks for it once.</summary>
    public static MetricSpec InvocationsTotal(string endpointName, string variantName, AnalysisWindow window) =>
        EndpointIdleMetrics.Invocations(endpointName, variantName, EndpointIdleMetrics.TotalPeriodSeconds(window));

    /// <summary>The values of a series inside the window; an absent or failed series yields none ("unknown", never zero).</summary>
    public static List<double> Values(ScopeSnapshot snapshot, MetricSpec spec) =>
        [.. EndpointIdleMetrics.PointsInWindow(snapshot.Metrics, spec, snapshot.Window, out _).Select(p => p.Value)];
}
