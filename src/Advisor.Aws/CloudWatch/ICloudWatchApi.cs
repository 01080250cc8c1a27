using Advisor.Core.Snapshots;

namespace Advisor.Aws.CloudWatch;

/// <summary>
/// The CloudWatch operations the advisor uses (JSON 1.0 with <c>x-amzn-query-mode: true</c>,
/// target prefix <c>GraniteServiceVersion20100801</c>).
/// </summary>
public interface ICloudWatchApi
{
    /// <summary>
    /// One GetMetricData call (one page). At most 500 queries; when the answer has a NextToken, call again with
    /// identical queries and that token.
    /// </summary>
    Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page (up to 500) of ListMetrics: the metrics that exist, each with its exact dimension set.</summary>
    Task<ListMetricsResponse> ListMetricsAsync(ListMetricsRequest request, CancellationToken cancellationToken = default);
}

/// <summary>ListMetrics input. A dimension filter with a null value matches any value of that dimension.</summary>
public sealed record ListMetricsRequest(
    string? Namespace = null,
    string? MetricName = null,
    IReadOnlyList<DimensionFilter>? Dimensions = null,
    string? NextToken = null);

/// <summary>A ListMetrics dimension filter.</summary>
public sealed record DimensionFilter(string Name, string? Value = null);

/// <summary>ListMetrics output for one page.</summary>
public sealed record ListMetricsResponse(IReadOnlyList<MetricIdentity> Metrics, string? NextToken);

/// <summary>One MetricStat query with its id (first character a lower-case letter, unique within the call).</summary>
public sealed record MetricDataQuery(string Id, MetricSpec Spec);

/// <summary>GetMetricData input. Start is inclusive, end exclusive.</summary>
public sealed record GetMetricDataRequest(
    IReadOnlyList<MetricDataQuery> Queries,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string? NextToken = null,
    string ScanBy = "TimestampAscending",
    int? MaxDatapoints = null);

/// <summary>GetMetricData output for one page.</summary>
public sealed record GetMetricDataResponse(IReadOnlyList<MetricDataResult> Results, string? NextToken, IReadOnlyList<string> Messages);

/// <summary>One query's points on this page. StatusCode: Complete, PartialData, InternalError or Forbidden.</summary>
public sealed record MetricDataResult(
    string Id,
    string? Label,
    IReadOnlyList<DateTimeOffset> Timestamps,
    IReadOnlyList<double> Values,
    string StatusCode);
