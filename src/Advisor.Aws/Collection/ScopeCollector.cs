using Advisor.Aws.Collection.Costs;
using Advisor.Aws.Collection.Prices;
using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// Collects one account × region into an immutable <see cref="ScopeSnapshot"/>: the inventory of every source, then exactly the
/// metrics the enabled analyzers plan for it (in as few GetMetricData calls as the limits allow), Cost Explorer data (cached per
/// day) and the prices the inventory needs. All I/O of a cycle happens here; analyzers only read the result.
/// </summary>
public sealed class ScopeCollector(
    ScopeInventoryCollector inventory,
    MetricsCollector metrics,
    CostCollector costs,
    PriceListCollector prices,
    CollectionOptions options,
    TimeProvider clock,
    ILogger<ScopeCollector> logger)
{
    /// <summary>Collects the scope for the given analyzers. The account is taken from the ARNs when not known in advance.</summary>
    public async Task<ScopeSnapshot> CollectAsync(string region, string? account, IReadOnlyList<IAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var collectedAt = clock.GetUtcNow();
        var window = options.WindowAt(collectedAt);
        var found = await inventory.CollectAsync(new Scope(account ?? "unknown", region), collectedAt, cancellationToken);
        var scope = new Scope(account ?? AccountFromArns(found.Inventory) ?? "unknown", region);
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Account"] = scope.Account, ["Region"] = scope.Region });
        var scopeInventory = found.Inventory with { Scope = scope };
        var sources = new List<SourceStatus>(found.Sources);

        var plan = MetricsCollector.Plan(analyzers, scopeInventory, window);
        var (metricSet, metricStatus) = plan.Count == 0
            ? (MetricSet.Empty, new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.NotChecked, "no metrics planned"))
            : await metrics.CollectAsync(plan, window, cancellationToken);
        sources.Add(metricStatus);

        CostData? costData = null;
        if (scope.Account == "unknown")
        {
            sources.Add(new SourceStatus(Sources.CostExplorer, SourceHealth.NotChecked, "account unknown: no resource ARN to read it from"));
        }
        else
        {
            (costData, var costStatus) = await costs.CollectAsync(scope.Account, cancellationToken);
            sources.Add(costStatus);
        }

        var (book, priceStatus) = await prices.CollectAsync(region, PriceNeed.For(scopeInventory), cancellationToken);
        sources.Add(priceStatus);

        var (endpointCount, queryCount) = (scopeInventory.Endpoints.Count, plan.Count);
        logger.LogInformation(
            "Collected scope {Scope}: {EndpointCount} endpoints, {QueryCount} metric queries, window {WindowStart:o} to {WindowEnd:o}",
            scope, endpointCount, queryCount, window.Start, window.End);
        return new ScopeSnapshot(scopeInventory, window, metricSet, sources, collectedAt)
        {
            Costs = costData,
            SpotPrices = found.SpotPrices,
            Prices = book.Quotes,
        };
    }

    /// <summary>arn:aws:sagemaker:region:ACCOUNT:kind/name → ACCOUNT, from any SageMaker resource of the scope.</summary>
    private static string? AccountFromArns(ScopeInventory inventory) =>
        inventory.Endpoints.Select(e => e.Arn)
            .Concat(inventory.TrainingJobs.Select(j => j.Arn))
            .Concat(inventory.NotebookInstances.Select(n => n.Arn))
            .Concat(inventory.Models.Select(m => m.Arn))
            .Select(arn => arn.Split(':'))
            .Where(p => p.Length > 4 && p[4].Length > 0)
            .Select(p => p[4])
            .FirstOrDefault();
}
