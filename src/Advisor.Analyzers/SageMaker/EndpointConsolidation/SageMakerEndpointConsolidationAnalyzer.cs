using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>
/// <c>sagemaker-endpoint-consolidation</c>: low-traffic endpoints of one account/region that run the same container image, each
/// using under 25% of its instance on every dimension, are packed (summed demand + 20% headroom) onto one multi-model endpoint of
/// the cheapest CPU type of their families. One finding per image group.
/// </summary>
public sealed class SageMakerEndpointConsolidationAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-endpoint-consolidation";

    /// <summary>The resource type of a finding: a group of endpoints sharing one image, not one AWS resource.</summary>
    public const string GroupResourceType = "AdvisorConsolidationGroup::SageMaker::Endpoints";

    private readonly SageMakerEndpointConsolidationOptions _options;

    /// <summary>Creates the analyzer with its validated options.</summary>
    public SageMakerEndpointConsolidationAnalyzer(IOptions<SageMakerEndpointConsolidationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => EndpointConsolidationDescriptor.Value;

    /// <inheritdoc />
    /// <remarks>
    /// Only for candidates whose image has at least the minimum number of candidates: the right-size rule's exact specs
    /// (Invocations total, hourly Maximum of CPU, and GPU and GPU memory on GPU types), so shared queries are fetched once.
    /// Why the bundled table: planning runs before prices are fetched and only needs hardware facts.
    /// </remarks>
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        return
        [
            .. ConsolidationCandidate.Groups(inventory, window, BundledPriceBook.Default, _options.MinMembers)
                .SelectMany(g => g)
                .SelectMany(c => c.Specs(window)),
        ];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var group in ConsolidationCandidate.Groups(snapshot.Inventory, snapshot.Window, context.Prices, _options.MinMembers))
        {
            var members = group.Select(c => MemberMeasurement.Measure(c, snapshot, context.Prices, _options)).ToList();
            findings.Add(GroupDecision.Decide(group.Key, members, snapshot, context.Prices, _options));
        }

        return findings;
    }
}
