using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>
/// <c>ml-previous-generation</c>: InService endpoint variants on previous-generation ML families (p2, p3, g3, g4dn, inf1) are
/// compared with their successors (<see cref="SuccessorTable"/>); a move is recommended only where the successor is cheaper per
/// hour for the same or more accelerators. Inputs: the endpoint inventory and Hosting prices. Training jobs are not covered yet.
/// </summary>
public sealed class MlPreviousGenerationAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "ml-previous-generation";

    /// <summary>Why: EndpointStatus as AWS spells it; only a serving endpoint bills hosting hours.</summary>
    internal const string InServiceStatus = "InService";

    private readonly IReadOnlySet<string> _families;

    /// <summary>Creates the analyzer with validated options.</summary>
    public MlPreviousGenerationAnalyzer(IOptions<MlPreviousGenerationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _families = options.Value.Families();
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => PreviousGenerationDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);

        // Why: the rule compares list prices of the configured types; no CloudWatch query is needed.
        return [];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var endpoint in snapshot.Inventory.Endpoints.Where(e => string.Equals(e.Status, InServiceStatus, StringComparison.Ordinal)))
        {
            var legacy = endpoint.Variants
                .Where(v => !v.IsServerless)
                .Select(v => (Variant: v, Successor: SuccessorTable.Find(v.InstanceType)))
                .Where(p => p.Successor is not null && _families.Contains(p.Successor.Family))
                .Select(p => (p.Variant, p.Successor!))
                .ToList();
            if (legacy.Count > 0)
            {
                yield return PreviousGenerationRules.Evaluate(endpoint, legacy, snapshot, context.Prices);
            }
        }
    }
}
