using Advisor.Core.Snapshots;

namespace Advisor.Aws.CloudWatch;

/// <summary>ListMetrics over the same JSON 1.0 protocol.</summary>
public sealed partial class CloudWatchClient
{
    public async Task<ListMetricsResponse> ListMetricsAsync(ListMetricsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Why: CloudWatch accepts at most 10 dimension filters per ListMetrics call.
        if (request.Dimensions is { Count: > 10 })
        {
            throw new ArgumentException($"ListMetrics accepts at most 10 dimension filters; got {request.Dimensions.Count}.", nameof(request));
        }

        var input = new ListMetricsInput(
            request.Namespace,
            request.MetricName,
            request.Dimensions?.Select(d => new DimensionFilterWire(d.Name, d.Value)).ToList(),
            string.IsNullOrEmpty(request.NextToken) ? null : request.NextToken);
        var output = await _client.InvokeAsync<ListMetricsInput, ListMetricsOutput>("ListMetrics", input, cancellationToken);
        var metrics = (output.Metrics ?? [])
            .Where(m => m is not null)
            .Select(m => new MetricIdentity(m!.Namespace, m.MetricName, [.. (m.Dimensions ?? []).Select(d => new MetricDimension(d.Name, d.Value))]))
            .ToList();
        return new ListMetricsResponse(metrics, string.IsNullOrEmpty(output.NextToken) ? null : output.NextToken);
    }
}
