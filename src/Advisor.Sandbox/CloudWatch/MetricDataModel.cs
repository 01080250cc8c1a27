namespace Advisor.Sandbox.CloudWatch;

/// <summary>A metric identity as a query names it: namespace, name and the exact dimension set.</summary>
internal sealed record MetricIdentity(string? Namespace, string? MetricName, IReadOnlyList<KeyValuePair<string, string?>> Dimensions);

/// <summary>One MetricDataQuery as received, before validation (any protocol).</summary>
internal sealed record MetricDataQueryInput(
    string? Id,
    string? Label,
    bool ReturnData,
    string? Expression,
    MetricIdentity? Metric,
    int? Period,
    string? Stat,
    bool HasMetricStat);

/// <summary>GetMetricData input as received, before validation (any protocol).</summary>
internal sealed record GetMetricDataInput(
    IReadOnlyList<MetricDataQueryInput>? Queries,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? NextToken,
    string? ScanBy,
    int? MaxDatapoints);

/// <summary>One query's answer on this page; timestamps are period starts.</summary>
internal sealed record MetricDataResultOutput(
    string Id,
    string Label,
    IReadOnlyList<DateTimeOffset> Timestamps,
    IReadOnlyList<double> Values,
    string StatusCode);

/// <summary>GetMetricData output for one page.</summary>
internal sealed record GetMetricDataOutput(IReadOnlyList<MetricDataResultOutput> Results, string? NextToken);

/// <summary>ListMetrics input (any protocol): filters and a page token.</summary>
internal sealed record ListMetricsInput(string? Namespace, string? MetricName, IReadOnlyList<KeyValuePair<string, string?>> Dimensions, string? NextToken);

/// <summary>ListMetrics output: one page of metric identities.</summary>
internal sealed record ListMetricsOutput(IReadOnlyList<ListedMetric> Metrics, string? NextToken);

/// <summary>One listed metric.</summary>
internal sealed record ListedMetric(string Namespace, string MetricName, IReadOnlyList<KeyValuePair<string, string>> Dimensions);
