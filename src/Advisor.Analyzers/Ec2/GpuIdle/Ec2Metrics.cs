using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>
/// The CloudWatch queries of the EC2 GPU analyzers (<c>AWS/EC2</c> per InstanceId, <c>CWAgent</c> nvidia_smi per GPU) and how
/// their points are read inside the window. Shared by <c>ec2-gpu-idle</c> and <c>ec2-gpu-rightsize</c>.
/// </summary>
internal static class Ec2Metrics
{
    /// <summary>Why: EC2 publishes CPU and network per instance in AWS/EC2 with the single dimension InstanceId.</summary>
    public const string Ec2Namespace = "AWS/EC2";

    /// <summary>Why: the CloudWatch agent's default namespace; nvidia_smi_* exist only where the agent runs with the nvidia_gpu plugin.</summary>
    public const string AgentNamespace = "CWAgent";

    public const string Cpu = "CPUUtilization";
    public const string NetworkIn = "NetworkIn";
    public const string NetworkOut = "NetworkOut";
    public const string GpuUtilization = "nvidia_smi_utilization_gpu";
    public const string GpuMemoryUsed = "nvidia_smi_memory_used";
    public const string GpuMemoryTotal = "nvidia_smi_memory_total";

    public const string Maximum = "Maximum";

    /// <summary>Why: network counters add up over time, so a day's Sum is the bytes moved that day.</summary>
    public const string Sum = "Sum";

    /// <summary>Why: one datapoint per day (14 per series) instead of 336 hourly ones; the idle rule judges days.</summary>
    public const int DaySeconds = 86_400;

    /// <summary>Why: the agent tags each GPU series with its index (0..n-1); it tells GPUs of one instance apart.</summary>
    public const string IndexDimension = "index";

    public const string InstanceIdDimension = "InstanceId";

    public static MetricSpec Ec2(string metric, string instanceId, string stat, int periodSeconds) =>
        new(Ec2Namespace, metric, [new MetricDimension(InstanceIdDimension, instanceId)], stat, periodSeconds);

    /// <summary>
    /// The agent metrics of one instance, as ListMetrics found them (exact dimension sets), ordered by GPU index.
    /// Why: an entry exists only when ListMetrics found it, so an empty list means "no agent", never "no GPU use".
    /// </summary>
    public static IReadOnlyList<MetricIdentity> Agent(ScopeInventory inventory, string instanceId, string metric) =>
    [
        .. inventory.AgentMetrics
            .Where(m => m.Namespace == AgentNamespace && m.MetricName == metric && m.Dimension(InstanceIdDimension) == instanceId)
            .OrderBy(m => m.Dimension(IndexDimension) ?? string.Empty, StringComparer.Ordinal),
    ];

    /// <summary>The points of a series inside [Start, End); an absent or failed series yields none ("unknown", never zero).</summary>
    public static IReadOnlyList<MetricPoint> Points(MetricSet metrics, MetricSpec spec, AnalysisWindow window)
    {
        var series = metrics.Find(spec);
        if (series is null || series.Status == MetricStatus.Failed)
        {
            return [];
        }

        return [.. series.Points.Where(p => p.Timestamp >= window.Start && p.Timestamp < window.End)];
    }

    /// <summary>Whole days in the window (the idle rule's unit).</summary>
    public static int Days(AnalysisWindow window) => (int)((window.End - window.Start).Ticks / TimeSpan.TicksPerDay);

    /// <summary>The window's length in seconds: the period that returns one datapoint per series.</summary>
    public static int WindowSeconds(AnalysisWindow window) => checked((int)(window.End - window.Start).TotalSeconds);

    /// <summary>Points by day index from the window start (a day's value is its point's value; duplicates keep the largest).</summary>
    public static Dictionary<int, double> ByDay(IEnumerable<MetricPoint> points, AnalysisWindow window)
    {
        var days = new Dictionary<int, double>();
        foreach (var point in points)
        {
            var day = (int)((point.Timestamp - window.Start).Ticks / TimeSpan.TicksPerDay);
            days[day] = days.TryGetValue(day, out var seen) ? Math.Max(seen, point.Value) : point.Value;
        }

        return days;
    }
}
