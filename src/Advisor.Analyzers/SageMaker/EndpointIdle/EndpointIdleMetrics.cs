using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>The metric queries of the endpoint-idle rule and how their points are read inside the window.</summary>
internal static class EndpointIdleMetrics
{
    /// <summary>Why: invocation counts are published by SageMaker itself in the AWS/SageMaker namespace.</summary>
    public const string InvocationsNamespace = "AWS/SageMaker";

    /// <summary>Why: instance metrics live in a different namespace, with a path-like name (aws-wire.md metric catalogue).</summary>
    public const string InstanceNamespace = "/aws/sagemaker/Endpoints";

    public const string InvocationsMetric = "Invocations";
    public const string CpuMetric = "CPUUtilization";

    /// <summary>Why: invocation counts add up over time, so the per-period Sum is the count in that period.</summary>
    public const string InvocationsStat = "Sum";

    public const string CpuStat = "Average";

    public static int PeriodSeconds(AnalysisWindow window) => checked((int)window.Period.TotalSeconds);

    /// <summary>
    /// The period for Invocations: the whole window, so CloudWatch returns one datapoint (the window's total) per variant.
    /// Why: the rule needs only the total; one point instead of 336 keeps 500 queries under GetMetricData's 100,800-point cap,
    /// so a scope costs ⌈queries ÷ 500⌉ calls. A whole number of hours is a valid period at every retention tier.
    /// </summary>
    public static int TotalPeriodSeconds(AnalysisWindow window) => checked((int)(window.End - window.Start).TotalSeconds);

    public static MetricSpec Invocations(string endpointName, string variantName, int periodSeconds) =>
        new(InvocationsNamespace, InvocationsMetric, Dimensions(endpointName, variantName), InvocationsStat, periodSeconds);

    public static MetricSpec CpuUtilization(string endpointName, string variantName, int periodSeconds) =>
        new(InstanceNamespace, CpuMetric, Dimensions(endpointName, variantName), CpuStat, periodSeconds);

    /// <summary>
    /// The points of a series inside [Start, End); an absent or failed series yields none ("unknown", never zero).
    /// </summary>
    public static IReadOnlyList<MetricPoint> PointsInWindow(MetricSet metrics, MetricSpec spec, AnalysisWindow window, out bool present)
    {
        var series = metrics.Find(spec);
        present = series is not null && series.Status != MetricStatus.Failed;
        if (!present)
        {
            return [];
        }

        return [.. series!.Points.Where(p => p.Timestamp >= window.Start && p.Timestamp < window.End)];
    }

    // Why: endpoint metrics are published per EndpointName + VariantName; an EndpointName-only query matches nothing.
    private static MetricDimension[] Dimensions(string endpointName, string variantName) =>
        [new("EndpointName", endpointName), new("VariantName", variantName)];
}
