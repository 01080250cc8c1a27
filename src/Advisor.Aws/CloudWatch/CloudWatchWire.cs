namespace Advisor.Aws.CloudWatch;

// GetMetricData shapes on the wire (JSON 1.0, member names exactly as in the CloudWatch model).

internal sealed record GetMetricDataInput(
    List<MetricDataQueryWire> MetricDataQueries,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string? NextToken,
    string? ScanBy,
    int? MaxDatapoints);

internal sealed record MetricDataQueryWire(string Id, MetricStatWire MetricStat, bool ReturnData);

internal sealed record MetricStatWire(MetricWire Metric, int Period, string Stat);

internal sealed record MetricWire(string Namespace, string MetricName, List<DimensionWire> Dimensions);

internal sealed record DimensionWire(string Name, string Value);

internal sealed record GetMetricDataOutput(List<MetricDataResultWire?>? MetricDataResults, string? NextToken, List<MessageDataWire?>? Messages);

internal sealed record MetricDataResultWire(
    string? Id, string? Label, List<DateTimeOffset>? Timestamps, List<double>? Values, string? StatusCode, List<MessageDataWire?>? Messages);

internal sealed record MessageDataWire(string? Code, string? Value);

internal sealed record ListMetricsInput(string? Namespace, string? MetricName, List<DimensionFilterWire>? Dimensions, string? NextToken);

internal sealed record DimensionFilterWire(string Name, string? Value);

internal sealed record ListMetricsOutput(List<MetricWire?>? Metrics, string? NextToken);
