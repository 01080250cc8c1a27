using Advisor.Core.Snapshots;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Observability;

/// <summary>
/// After every merge: recomputes the store-derived gauges (counts by analyzer/priority/status/account/region, identified and realised
/// savings, the top-N open ones) and, from the run's snapshots, data-source health per scope and Cost Explorer spend.
/// </summary>
public sealed class MetricsRefresher(IAdvisorStore store, AdvisorMetrics metrics, IOptions<MetricsOptions> options)
{
    private const string None = "none";

    /// <summary>Why 500: a page big enough to read a large estate in a few queries, small enough to keep memory flat.</summary>
    private const int PageSize = 500;

    public async Task RefreshAsync(IReadOnlyList<ScopeSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await RefreshRecommendationsAsync(cancellationToken);
        RefreshSources(snapshots);
    }

    /// <summary>Only the store-derived gauges (e.g. after remediation marked recommendations Applied); source health is left as it is.</summary>
    public async Task RefreshRecommendationsAsync(CancellationToken cancellationToken)
    {
        var all = await ReadAllAsync(cancellationToken);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var identified = new Dictionary<string, double>(StringComparer.Ordinal);
        var realised = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in all)
        {
            GaugeSetter.Add(counts, 1, r.AnalyzerId, r.Priority.ToString(), r.Status.ToString(), r.Resource.Account, r.Resource.Region);
            if (r.Status is RecommendationStatus.Open or RecommendationStatus.Accepted)
            {
                GaugeSetter.Add(identified, (double)r.MonthlySavings, r.AnalyzerId, r.Resource.Account, r.Resource.Region, r.Team ?? None);
            }
            else if (r.Status is RecommendationStatus.Applied or RecommendationStatus.Verified)
            {
                GaugeSetter.Add(realised, (double)r.MonthlySavings, r.AnalyzerId, r.Resource.Account, r.Team ?? None);
            }
        }

        GaugeSetter.Replace(metrics.Recommendations, counts, 5);
        GaugeSetter.Replace(metrics.IdentifiedSavings, identified, 4);
        GaugeSetter.Replace(metrics.RealisedSavings, realised, 3);

        var top = all.Where(r => r.Status == RecommendationStatus.Open)
            .OrderByDescending(r => r.MonthlySavings).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(options.Value.TopRecommendations)
            .ToDictionary(r => GaugeSetter.Key(r.Id, r.AnalyzerId, r.Resource.Account, r.Resource.Id, r.Priority.ToString()), r => (double)r.MonthlySavings, StringComparer.Ordinal);
        GaugeSetter.Replace(metrics.TopRecommendationSavings, top, 5);
    }

    private void RefreshSources(IReadOnlyList<ScopeSnapshot> snapshots)
    {
        var sources = new Dictionary<string, double>(StringComparer.Ordinal);
        var spend = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in snapshots)
        {
            foreach (var source in s.Sources)
            {
                sources[GaugeSetter.Key(source.Source, s.Scope.Account, s.Scope.Region, source.Health.ToString())] = 1;
            }
        }

        // Why the first scope per account: Cost Explorer answers for the whole account; two regions would count it twice.
        foreach (var account in snapshots.Where(s => s.Costs is not null).GroupBy(s => s.Scope.Account))
        {
            foreach (var day in account.First().Costs!.Daily)
            {
                GaugeSetter.Add(spend, (double)day.UnblendedCost, account.Key, day.Service);
            }
        }

        GaugeSetter.Replace(metrics.SourceStatus, sources, 4);
        GaugeSetter.Replace(metrics.Spend, spend, 2);
    }

    private async Task<List<StoredRecommendation>> ReadAllAsync(CancellationToken ct)
    {
        var all = new List<StoredRecommendation>();
        while (true)
        {
            var page = await store.Recommendations.QueryAsync(new RecommendationQuery { Offset = all.Count, Limit = PageSize }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize || all.Count >= page.Total)
            {
                return all;
            }
        }
    }
}
