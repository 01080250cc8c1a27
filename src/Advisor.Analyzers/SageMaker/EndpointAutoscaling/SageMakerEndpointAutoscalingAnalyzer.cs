using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>
/// <c>sagemaker-endpoint-autoscaling</c>: an InService variant with ≥ 2 instances, no scaling policy and a daily traffic swing
/// (hourly Invocations P95 ÷ P5 ≥ 3) should get a target-tracking policy; savings are the instance-hours it would shed.
/// </summary>
public sealed class SageMakerEndpointAutoscalingAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-endpoint-autoscaling";

    /// <summary>Why: EndpointStatus as AWS spells it; only running endpoints bill for instances.</summary>
    private const string InService = "InService";

    private readonly SageMakerEndpointAutoscalingOptions _options;

    public SageMakerEndpointAutoscalingAnalyzer(IOptions<SageMakerEndpointAutoscalingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => EndpointAutoscalingDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        return [.. Candidates(inventory).Select(c => EndpointAutoscalingMetrics.Invocations(c.Endpoint.Name, c.Variant.Name, window))];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return [.. Variants(snapshot.Inventory).Select(c => EndpointAutoscalingRules.Evaluate(c.Endpoint, c.Variant, snapshot, context.Prices, _options))];
    }

    // Why: serverless variants bill per request; there are no instances to scale.
    private static IEnumerable<(SageMakerEndpoint Endpoint, EndpointVariant Variant)> Variants(ScopeInventory inventory) =>
        from endpoint in inventory.Endpoints
        where string.Equals(endpoint.Status, InService, StringComparison.Ordinal) && endpoint.ConfigResolved
        from variant in endpoint.Variants
        where !variant.IsServerless
        select (endpoint, variant);

    // Why: only variants the rule could recommend need their hourly series; the rest are decided from the inventory alone.
    private IEnumerable<(SageMakerEndpoint Endpoint, EndpointVariant Variant)> Candidates(ScopeInventory inventory) =>
        Variants(inventory).Where(c => c.Variant.InstanceCount >= _options.MinInstances
            && c.Variant.ManagedScalingMinInstances is null
            && !inventory.ScaledVariantResourceIds.Contains(EndpointAutoscalingRules.ScalingResourceId(c.Endpoint.Name, c.Variant.Name), StringComparer.Ordinal));
}
