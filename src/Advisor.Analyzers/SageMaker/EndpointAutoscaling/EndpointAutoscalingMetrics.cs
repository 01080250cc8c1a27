using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>The one metric query of the endpoint-autoscaling rule: hourly Invocations Sum per variant.</summary>
internal static class EndpointAutoscalingMetrics
{
    /// <summary>Why: invocation counts are published by SageMaker in AWS/SageMaker, per EndpointName + VariantName.</summary>
    public const string Namespace = "AWS/SageMaker";

    public const string Metric = "Invocations";

    /// <summary>Why: counts add up, so the hourly Sum is that hour's traffic.</summary>
    public const string Statistic = "Sum";

    /// <summary>Hourly (the window's period): the swing and the shed estimate need each hour's traffic, not a total.</summary>
    public static MetricSpec Invocations(string endpointName, string variantName, AnalysisWindow window) =>
        new(Namespace, Metric, [new("EndpointName", endpointName), new("VariantName", variantName)], Statistic, checked((int)window.Period.TotalSeconds));
}
