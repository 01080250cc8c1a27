using Advisor.Aws.CloudWatch;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// Finds the CloudWatch-agent GPU metrics (namespace CWAgent, nvidia_smi_*) of a scope's EC2 GPU instances with ListMetrics:
/// one paged call per metric name for the whole scope, never one per instance.
/// </summary>
public sealed class AgentMetricsCollector(ICloudWatchApi cloudWatch, ILogger<AgentMetricsCollector> logger)
{
    /// <summary>Why: the CloudWatch agent's default namespace for nvidia_gpu metrics (aws-wire.md §4.5).</summary>
    public const string AgentNamespace = "CWAgent";

    /// <summary>The agent metrics the GPU analyzers read: utilisation, and memory used/total for occupancy.</summary>
    public static readonly IReadOnlyList<string> GpuMetricNames = ["nvidia_smi_utilization_gpu", "nvidia_smi_memory_used", "nvidia_smi_memory_total"];

    /// <summary>Why: ListMetrics has no page size; a token that never ends is a server bug, so stop after this many pages.</summary>
    private const int MaxPages = 1_000;

    /// <summary>The agent metric identities of the given instances, and the call count (errors propagate to the caller's status).</summary>
    public async Task<(IReadOnlyList<MetricIdentity> Metrics, int Calls)> CollectAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        if (instanceIds.Count == 0)
        {
            return ([], 0);
        }

        var wanted = instanceIds.ToHashSet(StringComparer.Ordinal);
        var found = new List<MetricIdentity>();
        var calls = 0;
        foreach (var name in GpuMetricNames)
        {
            string? token = null;
            do
            {
                if (++calls > MaxPages * GpuMetricNames.Count)
                {
                    throw new InvalidOperationException($"ListMetrics for {name} kept returning NextToken; stopping.");
                }

                var page = await cloudWatch.ListMetricsAsync(new ListMetricsRequest(AgentNamespace, name, NextToken: token), cancellationToken);
                found.AddRange(page.Metrics.Where(m => m.Dimension("InstanceId") is { } id && wanted.Contains(id)));
                token = page.NextToken;
            }
            while (token is not null);
        }

        var count = found.Count;
        logger.LogInformation("Found {MetricCount} CloudWatch-agent GPU metrics with {CallCount} ListMetrics calls", count, calls);
        return (found, calls);
    }
}
