using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// Collects one account × region into an immutable <see cref="ScopeSnapshot"/>: inventory first, then exactly the
/// metrics the enabled analyzers plan for it. All I/O of a cycle happens here; analyzers only read the result.
/// </summary>
public sealed class ScopeCollector(
    EndpointInventoryCollector inventory,
    MetricsCollector metrics,
    CollectionOptions options,
    TimeProvider clock,
    ILogger<ScopeCollector> logger)
{
    /// <summary>Collects the scope for the given analyzers. The account is taken from the ARNs when not known in advance.</summary>
    public async Task<ScopeSnapshot> CollectAsync(string region, string? account, IReadOnlyList<IAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var collectedAt = clock.GetUtcNow();
        var window = options.WindowAt(collectedAt);
        var (endpoints, endpointStatus) = await inventory.CollectAsync(cancellationToken);
        var scope = new Scope(account ?? AccountFromArns(endpoints) ?? "unknown", region);
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Account"] = scope.Account, ["Region"] = scope.Region });

        var scopeInventory = new ScopeInventory(scope, endpoints);
        var plan = MetricsCollector.Plan(analyzers, scopeInventory, window);
        var (metricSet, metricStatus) = plan.Count == 0
            ? (MetricSet.Empty, new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.NotChecked, "no metrics planned"))
            : await metrics.CollectAsync(plan, window, cancellationToken);

        var (endpointCount, queryCount) = (endpoints.Count, plan.Count);
        logger.LogInformation(
            "Collected scope {Scope}: {EndpointCount} endpoints, {QueryCount} metric queries, window {WindowStart:o} to {WindowEnd:o}",
            scope, endpointCount, queryCount, window.Start, window.End);
        return new ScopeSnapshot(scopeInventory, window, metricSet, [endpointStatus, metricStatus], collectedAt);
    }

    /// <summary>arn:aws:sagemaker:region:ACCOUNT:endpoint/name → ACCOUNT.</summary>
    private static string? AccountFromArns(IEnumerable<Core.Snapshots.SageMakerEndpoint> endpoints) =>
        endpoints.Select(e => e.Arn.Split(':')).Where(p => p.Length > 4 && p[4].Length > 0).Select(p => p[4]).FirstOrDefault();
}
