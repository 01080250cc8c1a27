using Advisor.Aws.CloudWatch;
using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// The metrics planner: gathers every query the enabled analyzers need for a scope, deduplicates them, and fetches
/// them in batches of up to 500 per GetMetricData call (following NextToken), never one call per resource.
/// </summary>
public sealed class MetricsCollector(ICloudWatchApi cloudWatch, ILogger<MetricsCollector> logger)
{
    /// <summary>Why: CloudWatch's service limit on MetricDataQueries per GetMetricData call.</summary>
    public const int MaxQueriesPerCall = 500;

    /// <summary>Why: GetMetricData returns at most 100,800 datapoints per call; more means PartialData and a second (billed) page.</summary>
    public const int MaxDatapointsPerCall = 100_800;

    /// <summary>Why: a continuation that never ends is a server bug; 100,800 points per page makes this far beyond any real window.</summary>
    private const int MaxPagesPerBatch = 1_000;

    /// <summary>The distinct queries the analyzers need, in a stable order.</summary>
    public static IReadOnlyList<MetricSpec> Plan(IEnumerable<IAnalyzer> analyzers, ScopeInventory inventory, AnalysisWindow window) =>
        analyzers.SelectMany(a => a.PlanMetrics(inventory, window))
            .DistinctBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Fetches the planned series. Series of a failed batch are marked Failed; the status says why.</summary>
    public async Task<(MetricSet Metrics, SourceStatus Status)> CollectAsync(
        IReadOnlyList<MetricSpec> plan, AnalysisWindow window, CancellationToken cancellationToken)
    {
        var series = new List<MetricSeries>(plan.Count);
        var calls = 0;
        var failures = new List<(SourceHealth Health, string Detail)>();
        var partial = 0;
        foreach (var batch in Batch(plan, window))
        {
            try
            {
                var (fetched, batchCalls) = await FetchBatchAsync(batch, window, cancellationToken);
                calls += batchCalls;
                partial += fetched.Count(s => s.Status != MetricStatus.Complete);
                series.AddRange(fetched);
            }
            catch (Exception ex) when (SourceFailure.IsSourceError(ex))
            {
                calls++;
                logger.LogWarning(ex, "GetMetricData batch of {QueryCount} queries failed", batch.Length);
                failures.Add((SourceFailure.HealthOf(ex), SourceFailure.Describe(ex)));
                series.AddRange(batch.Select(spec => new MetricSeries(spec, [], MetricStatus.Failed)));
            }
        }

        var seriesCount = series.Count;
        logger.LogInformation("Fetched {SeriesCount} metric series with {CallCount} GetMetricData calls", seriesCount, calls);
        return (new MetricSet(series), StatusFrom(plan.Count, calls, failures, partial));
    }

    /// <summary>
    /// Packs queries into as few calls as both GetMetricData limits allow (500 queries, 100,800 expected datapoints per call):
    /// starting from the lower bound max(⌈queries ÷ 500⌉, ⌈points ÷ 100,800⌉), the heaviest queries are placed first, each into the
    /// call with the most datapoint room left (worst-fit decreasing), so heavy hourly series spread over every call instead of
    /// filling the first ones; one more call is added only when a query does not fit. Within a call the plan order is kept.
    /// </summary>
    public static IEnumerable<MetricSpec[]> Batch(IReadOnlyList<MetricSpec> plan, AnalysisWindow window)
    {
        if (plan.Count == 0)
        {
            return [];
        }

        var points = plan.Select(s => ExpectedPoints(s, window)).ToArray();
        var calls = (int)Math.Max(
            Math.Ceiling(plan.Count / (double)MaxQueriesPerCall),
            Math.Ceiling(points.Sum() / (double)MaxDatapointsPerCall));
        while (true)
        {
            if (TryPack(points, calls) is { } assignment)
            {
                return Enumerable.Range(0, calls)
                    .Select(call => plan.Where((_, i) => assignment[i] == call).ToArray())
                    .Where(batch => batch.Length > 0)
                    .ToList();
            }

            calls++;
        }
    }

    private static int[]? TryPack(long[] points, int calls)
    {
        var room = Enumerable.Repeat((long)MaxDatapointsPerCall, calls).ToArray();
        var slots = Enumerable.Repeat(MaxQueriesPerCall, calls).ToArray();
        var assignment = new int[points.Length];
        foreach (var i in Enumerable.Range(0, points.Length).OrderByDescending(i => points[i]).ThenBy(i => i))
        {
            var best = -1;
            for (var call = 0; call < calls; call++)
            {
                if (slots[call] > 0 && room[call] >= Math.Min(points[i], MaxDatapointsPerCall) && (best < 0 || room[call] > room[best]))
                {
                    best = call;
                }
            }

            if (best < 0)
            {
                return null;
            }

            assignment[i] = best;
            room[best] -= points[i];
            slots[best]--;
        }

        return assignment;
    }

    /// <summary>The most points a query can return over the window: one per period.</summary>
    public static long ExpectedPoints(MetricSpec spec, AnalysisWindow window) =>
        Math.Max(1, (long)Math.Ceiling((window.End - window.Start).TotalSeconds / spec.PeriodSeconds));

    private async Task<(List<MetricSeries> Series, int Calls)> FetchBatchAsync(
        MetricSpec[] batch, AnalysisWindow window, CancellationToken cancellationToken)
    {
        // Why: ids must start with a lower-case letter and be unique within the call.
        var queries = batch.Select((spec, i) => new MetricDataQuery("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), spec)).ToList();
        var points = queries.ToDictionary(q => q.Id, _ => new List<MetricPoint>(), StringComparer.Ordinal);
        var statuses = queries.ToDictionary(q => q.Id, _ => MetricStatus.Complete, StringComparer.Ordinal);
        string? token = null;
        var calls = 0;
        do
        {
            if (++calls > MaxPagesPerBatch)
            {
                throw new InvalidOperationException($"GetMetricData kept returning NextToken after {MaxPagesPerBatch} pages; stopping.");
            }

            var page = await cloudWatch.GetMetricDataAsync(new GetMetricDataRequest(queries, window.Start, window.End, token), cancellationToken);
            foreach (var result in page.Results)
            {
                if (!points.TryGetValue(result.Id, out var list))
                {
                    continue;
                }

                list.AddRange(result.Timestamps.Zip(result.Values, (t, v) => new MetricPoint(t, v)));
                statuses[result.Id] = Merge(statuses[result.Id], result.StatusCode);
            }

            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
        }
        while (token is not null);

        var series = queries.Select(q =>
        {
            var ordered = points[q.Id].DistinctBy(p => p.Timestamp).OrderBy(p => p.Timestamp).ToList();

            // Why: PartialData on a page that was then continued to the end is complete; only a final non-Complete status is kept.
            return new MetricSeries(q.Spec, ordered, statuses[q.Id]);
        }).ToList();
        return (series, calls);
    }

    private static MetricStatus Merge(MetricStatus current, string statusCode) => statusCode switch
    {
        "Complete" or "PartialData" => current,
        "Forbidden" => MetricStatus.Failed,
        _ => current == MetricStatus.Failed ? current : MetricStatus.Partial,
    };

    private static SourceStatus StatusFrom(int planned, int calls, List<(SourceHealth Health, string Detail)> failures, int partial)
    {
        if (failures.Count > 0)
        {
            var worst = failures.Select(f => f.Health).Max();
            return new SourceStatus(Sources.CloudWatchMetrics, worst, $"{failures.Count} GetMetricData batch(es) failed: {failures[0].Detail}", calls);
        }

        return partial > 0
            ? new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.MissingData, $"{partial} of {planned} series incomplete", calls)
            : new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.Healthy, $"{planned} series", calls);
    }
}
