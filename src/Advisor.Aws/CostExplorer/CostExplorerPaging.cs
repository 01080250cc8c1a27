namespace Advisor.Aws.CostExplorer;

/// <summary>Paging over GetCostAndUsage: identical parameters on every page, each page a billed request.</summary>
public static class CostExplorerPaging
{
    /// <summary>Why: a year of daily data fits in a handful of pages; a token that never ends must not bill forever.</summary>
    private const int MaxPages = 100;

    /// <summary>Every page's results and how many requests (pages) it took.</summary>
    public static async Task<(IReadOnlyList<CostResultByTime> Results, int Requests)> GetAllCostAndUsageAsync(
        this ICostExplorerApi api, GetCostAndUsageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(request);
        var results = new List<CostResultByTime>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = request with { NextPageToken = null };
        var requests = 0;
        while (true)
        {
            if (++requests > MaxPages)
            {
                throw new InvalidOperationException($"GetCostAndUsage returned more than {MaxPages} pages; stopping (the NextPageToken never ended).");
            }

            var response = await api.GetCostAndUsageAsync(page, cancellationToken);
            results.AddRange(response.ResultsByTime);
            if (response.NextPageToken is not { } token)
            {
                return (results, requests);
            }

            if (!seen.Add(token))
            {
                throw new InvalidOperationException($"GetCostAndUsage returned a NextPageToken it had already returned (page {requests}).");
            }

            page = page with { NextPageToken = token };
        }
    }
}
