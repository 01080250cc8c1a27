using Advisor.Core.Snapshots;

namespace Advisor.Aws.CloudWatch;

/// <summary>Paging helpers over <see cref="ICloudWatchApi"/>.</summary>
public static class CloudWatchPaging
{
    /// <summary>Why: 100,800 points per page makes 1,000 pages far beyond any real window; more means a token that never ends.</summary>
    private const int MaxPages = 1_000;

    /// <summary>
    /// Sends one batch (at most 500 queries) to completion: follows NextToken with identical queries, merges each query's
    /// points across pages (sorted by time, a repeated timestamp kept once) and returns one result per query id, in query order.
    /// The status is the last page's, except that InternalError or Forbidden on any page is kept.
    /// </summary>
    public static async Task<IReadOnlyList<MetricDataResult>> GetMetricDataAllPagesAsync(
        this ICloudWatchApi api,
        IReadOnlyList<MetricDataQuery> queries,
        DateTimeOffset start,
        DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(queries);
        var merged = queries.ToDictionary(q => q.Id, q => new Accumulator(), StringComparer.Ordinal);
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"CloudWatch GetMetricData kept returning NextToken after {MaxPages} pages; stopping.");
            }

            var page = await api.GetMetricDataAsync(new GetMetricDataRequest(queries, start, end, token), cancellationToken);
            foreach (var result in page.Results)
            {
                if (merged.TryGetValue(result.Id, out var accumulator))
                {
                    accumulator.Add(result);
                }
            }

            token = page.NextToken;
            if (token is not null && !seenTokens.Add(token))
            {
                throw new InvalidOperationException(
                    $"CloudWatch GetMetricData returned a NextToken it had already returned (page {pages}); stopping to avoid an endless loop.");
            }
        }
        while (token is not null);

        return queries.Select(q => merged[q.Id].ToResult(q.Id)).ToList();
    }

    private sealed class Accumulator
    {
        private readonly List<MetricPoint> _points = [];
        private string? _label;
        private string _status = "Complete";
        private bool _stickyFailure;

        public void Add(MetricDataResult page)
        {
            _label ??= page.Label;
            var count = Math.Min(page.Timestamps.Count, page.Values.Count);
            for (var i = 0; i < count; i++)
            {
                _points.Add(new MetricPoint(page.Timestamps[i], page.Values[i]));
            }

            if (!_stickyFailure)
            {
                _status = page.StatusCode;

                // Why: a page that failed (InternalError, Forbidden) leaves a hole that later pages do not fill.
                _stickyFailure = page.StatusCode is "InternalError" or "Forbidden";
            }
        }

        public MetricDataResult ToResult(string id)
        {
            var ordered = _points.DistinctBy(p => p.Timestamp).OrderBy(p => p.Timestamp).ToList();
            return new MetricDataResult(id, _label, ordered.Select(p => p.Timestamp).ToList(), ordered.Select(p => p.Value).ToList(), _status);
        }
    }
}
