using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>
/// <c>sagemaker-endpoint-rightsize</c>: per instance-backed production variant of an InService endpoint that served traffic, the
/// P99.5 of the hourly maxima of CPU (and GPU, GPU memory on GPU types) + 20% headroom is fitted onto the cheapest fleet of the same
/// family and GPU model (a smaller type and/or fewer instances, at least 2 where there were 2 or more); the saving is recommended
/// as a new endpoint config with a blue/green UpdateEndpoint.
/// </summary>
public sealed class SageMakerEndpointRightsizeAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-endpoint-rightsize";

    private readonly SageMakerEndpointRightsizeOptions _options;

    public SageMakerEndpointRightsizeAnalyzer(IOptions<SageMakerEndpointRightsizeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => EndpointRightsizeDescriptor.Value;

    /// <inheritdoc />
    /// <remarks>
    /// Per instance-backed variant that could shrink: the Invocations total (the idle analyzer's spec, so it is fetched once) and hourly Maximum of
    /// CPUUtilization, plus GPUUtilization and GPUMemoryUtilization on GPU types (336 points each over 14 days). Why the bundled
    /// table here: planning runs before prices are fetched and only needs hardware facts (GPU or not), which do not change.
    /// </remarks>
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        var specs = new List<MetricSpec>();
        foreach (var endpoint in inventory.Endpoints.Where(IsInService))
        {
            // Why: serverless variants publish no instance metrics; managed-scaling variants are not sized here.
            foreach (var variant in endpoint.Variants.Where(v => !v.IsServerless && v.ManagedScalingMinInstances is null))
            {
                // Why: lean: a variant already on the smallest size at its instance floor (or on hardware the rule does not size)
                // can never be recommended, so its 336-point series are not fetched.
                if (variant.InstanceType is not { } type || BundledPriceBook.Default.Spec(type) is not { } spec
                    || !HostingCandidates.CanShrink(spec, type, variant.InstanceCount, BundledPriceBook.Default))
                {
                    continue;
                }

                specs.Add(EndpointRightsizeMetrics.InvocationsTotal(endpoint.Name, variant.Name, window));
                specs.Add(EndpointRightsizeMetrics.Hourly(EndpointIdleMetrics.CpuMetric, endpoint.Name, variant.Name, window));
                if (spec is { Accelerator: HostingCandidates.Gpu, GpuCount: > 0 })
                {
                    specs.Add(EndpointRightsizeMetrics.Hourly(EndpointRightsizeMetrics.GpuMetric, endpoint.Name, variant.Name, window));
                    specs.Add(EndpointRightsizeMetrics.Hourly(EndpointRightsizeMetrics.GpuMemoryMetric, endpoint.Name, variant.Name, window));
                }
            }
        }

        return specs;
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            .. snapshot.Inventory.Endpoints
                .Where(IsInService)
                .SelectMany(endpoint => EndpointRightsizeRules.Evaluate(endpoint, snapshot, context.Prices, _options)),
        ];
    }

    private static bool IsInService(SageMakerEndpoint endpoint) =>
        string.Equals(endpoint.Status, SageMakerEndpointIdleAnalyzer.InServiceStatus, StringComparison.Ordinal);
}
