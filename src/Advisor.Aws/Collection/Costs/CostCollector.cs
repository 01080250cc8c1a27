using System.Collections.Concurrent;
using System.Globalization;
using Advisor.Aws.CostExplorer;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.Costs;

/// <summary>
/// Collects an account's ML spend from Cost Explorer at most once per UTC day: (a) GetCostAndUsage DAILY for the look-back window
/// (every page followed and counted, each is billed) and (b) GetSavingsPlansPurchaseRecommendation SAGEMAKER_SP. The result is cached
/// per account and day, so later cycles that day make no Cost Explorer call (<see cref="CostData.FromCache"/>). Scopes of the same
/// account share one fetch. A failure becomes the <see cref="Sources.CostExplorer"/> status, never "no spend".
/// </summary>
public sealed class CostCollector(
    ICostExplorerApi costExplorer,
    ICostCache cache,
    CostCollectorOptions options,
    TimeProvider clock,
    ILogger<CostCollector> logger)
{
    /// <summary>Why: the recommendation request asks for THIRTY_DAYS of look-back.</summary>
    private const int SavingsPlanLookbackDays = 30;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _accountLocks = new(StringComparer.Ordinal);

    /// <summary>The account's cost data (null when the daily costs could not be read) and the source status; Calls = billed requests made now.</summary>
    public async Task<(CostData? Costs, SourceStatus Status)> CollectAsync(string account, CancellationToken cancellationToken)
    {
        CostCacheKey.Account(account);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var gate = _accountLocks.GetOrAdd(account, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await cache.TryGetAsync(account, today, cancellationToken) is { } cached)
            {
                logger.LogInformation("Cost Explorer data for account {Account} served from the cache of {Day}", account, today);
                return (cached.Data with { FromCache = true },
                    new SourceStatus(Sources.CostExplorer, cached.Health, "from cache: " + (cached.Detail ?? "fetched earlier today"), 0));
            }

            return await FetchAsync(account, now, today, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(CostData? Costs, SourceStatus Status)> FetchAsync(string account, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var start = today.AddDays(-options.LookbackDays);
        var api = new CountingCostExplorer(costExplorer);
        IReadOnlyList<CostResultByTime> results;
        try
        {
            (results, _) = await api.GetAllCostAndUsageAsync(CostRequests.DailyMlSpend(start, today), ct);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            var failed = SourceFailure.HealthOf(ex);
            logger.LogWarning(ex, "Cost Explorer GetCostAndUsage failed for account {Account} with {Health}", account, failed);
            return (null, new SourceStatus(Sources.CostExplorer, failed, "GetCostAndUsage: " + SourceFailure.Describe(ex), api.Requests));
        }

        var (health, problem, savingsPlan) = (SourceHealth.Healthy, (string?)null, (SavingsPlanRecommendation?)null);
        try
        {
            var recommendation = await api.GetSavingsPlansPurchaseRecommendationAsync(CostRequests.SageMakerSavingsPlan(), ct);
            savingsPlan = CostMapper.ToSavingsPlan(recommendation, SavingsPlanLookbackDays);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            (health, problem) = (SourceFailure.HealthOf(ex), "GetSavingsPlansPurchaseRecommendation: " + SourceFailure.Describe(ex));
            logger.LogWarning(ex, "Cost Explorer savings plan recommendation failed for account {Account} with {Health}", account, health);
        }

        var data = new CostData { FetchedAt = now, Start = start, End = today, Daily = CostMapper.ToDaily(results), SavingsPlan = savingsPlan };
        var requests = api.Requests;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{data.Daily.Count} daily rows from {requests} billed requests (${requests * CostRequests.UsdPerRequest:0.00})");
        detail = problem is null ? detail : detail + "; " + problem;

        // Why: the entry is cached even when only the recommendation failed, so a day never costs more than its first fetch.
        await cache.StoreAsync(account, today, new CostCacheEntry(data, health, detail), ct);
        var rows = data.Daily.Count;
        logger.LogInformation("Fetched {Rows} daily cost rows for account {Account} with {Requests} Cost Explorer requests", rows, account, requests);
        return (data, new SourceStatus(Sources.CostExplorer, health, detail, requests));
    }

    /// <summary>Counts the requests sent through it (a failed request counts: it was sent, and may have been billed).</summary>
    private sealed class CountingCostExplorer(ICostExplorerApi inner) : ICostExplorerApi
    {
        public int Requests { get; private set; }

        public Task<GetCostAndUsageResponse> GetCostAndUsageAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken = default)
        {
            Requests++;
            return inner.GetCostAndUsageAsync(request, cancellationToken);
        }

        public Task<GetSavingsPlansPurchaseRecommendationResponse> GetSavingsPlansPurchaseRecommendationAsync(
            GetSavingsPlansPurchaseRecommendationRequest request, CancellationToken cancellationToken = default)
        {
            Requests++;
            return inner.GetSavingsPlansPurchaseRecommendationAsync(request, cancellationToken);
        }
    }
}
