using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>
/// <c>sagemaker-endpoint-idle</c>: an InService real-time endpoint whose variants together served at most
/// <see cref="SageMakerEndpointIdleOptions.InvocationThreshold"/> invocations over the whole analysis window, while their
/// CPUUtilization proves they were up and monitored, is recommended for deletion. Inputs: the endpoint inventory
/// (DescribeEndpoint + DescribeEndpointConfig), <c>AWS/SageMaker Invocations</c> and <c>/aws/sagemaker/Endpoints CPUUtilization</c>
/// per EndpointName + VariantName, and Hosting prices.
/// </summary>
public sealed class SageMakerEndpointIdleAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-endpoint-idle";

    /// <summary>Why: EndpointStatus as AWS spells it; only running endpoints bill for instances.</summary>
    internal const string InServiceStatus = "InService";

    private readonly SageMakerEndpointIdleOptions _options;

    public SageMakerEndpointIdleAnalyzer(IOptions<SageMakerEndpointIdleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => EndpointIdleDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        var periodSeconds = EndpointIdleMetrics.PeriodSeconds(window);
        var specs = new List<MetricSpec>();
        foreach (var endpoint in inventory.Endpoints.Where(IsInService))
        {
            // Why: serverless variants bill per request and publish no instance metrics, so nothing is asked for them.
            foreach (var variant in endpoint.Variants.Where(v => !v.IsServerless))
            {
                specs.Add(EndpointIdleMetrics.Invocations(endpoint.Name, variant.Name, EndpointIdleMetrics.TotalPeriodSeconds(window)));
                specs.Add(EndpointIdleMetrics.CpuUtilization(endpoint.Name, variant.Name, periodSeconds));
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
                .Select(endpoint => EndpointIdleRules.Evaluate(endpoint, snapshot, context.Prices, _options)),
        ];
    }

    private static bool IsInService(SageMakerEndpoint endpoint) =>
        string.Equals(endpoint.Status, InServiceStatus, StringComparison.Ordinal);
}
