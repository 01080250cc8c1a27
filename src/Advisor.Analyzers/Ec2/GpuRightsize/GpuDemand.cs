using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>
/// What the window shows for one instance's GPUs, hour by hour: the percentile of Σ GPU utilisation (GPU-equivalents), the peak
/// memory used on one GPU and on all together, and the percentile of CPU in vCPUs. Only hours in which every GPU reported count.
/// </summary>
internal sealed record GpuDemand(
    int Gpus,
    int CompleteHours,
    double GpuEquivalents,
    double PeakGpuMemoryMib,
    double PeakTotalMemoryMib,
    double? CpuVcpus,
    int CpuHours)
{
    /// <summary>Why: CloudWatch stores percentages 0-100; one fully busy GPU is 100.</summary>
    private const double FullGpu = 100;

    public static int HourSeconds(AnalysisWindow window) => checked((int)window.Period.TotalSeconds);

    /// <summary>Reads an instance's agent and CPU series. <paramref name="vcpus"/> converts CPU % into vCPUs.</summary>
    public static GpuDemand Measure(Ec2Instance instance, int vcpus, ScopeSnapshot snapshot, double percentile)
    {
        var window = snapshot.Window;
        var period = HourSeconds(window);
        var id = instance.InstanceId;
        var utilisation = Hourly(snapshot, Ec2Metrics.Agent(snapshot.Inventory, id, Ec2Metrics.GpuUtilization), period);
        var memory = Hourly(snapshot, Ec2Metrics.Agent(snapshot.Inventory, id, Ec2Metrics.GpuMemoryUsed), period);

        // Why: an hour where some GPU did not report would understate the sum, so only complete hours count ("no data is not zero").
        var hours = HoursWithAll(utilisation);
        var sums = hours.Select(h => utilisation.Sum(g => g[h]) / FullGpu).ToList();
        var memoryHours = HoursWithAll(memory);

        var cpu = Ec2Metrics.Points(snapshot.Metrics, Ec2Metrics.Ec2(Ec2Metrics.Cpu, id, Ec2Metrics.Maximum, period), window)
            .Select(p => p.Value / FullGpu * vcpus).ToList();
        return new GpuDemand(
            utilisation.Count,
            hours.Count,
            sums.Count > 0 ? NearestRank(sums, percentile) : 0,
            memory.Count > 0 ? memory.SelectMany(g => g.Values).DefaultIfEmpty(0).Max() : 0,
            memoryHours.Count > 0 ? memoryHours.Max(h => memory.Sum(g => g[h])) : 0,
            cpu.Count > 0 ? NearestRank(cpu, percentile) : null,
            cpu.Count);
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the values at or below it.</summary>
    public static double NearestRank(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100d * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The hours in which every series has a datapoint, in time order.</summary>
    private static List<DateTimeOffset> HoursWithAll(List<Dictionary<DateTimeOffset, double>> series) =>
        series.Count == 0 ? [] : [.. series[0].Keys.Where(h => series.All(s => s.ContainsKey(h))).Order()];

    private static List<Dictionary<DateTimeOffset, double>> Hourly(ScopeSnapshot snapshot, IReadOnlyList<MetricIdentity> identities, int period) =>
    [
        .. identities.Select(m => Ec2Metrics.Points(snapshot.Metrics, m.ToSpec(Ec2Metrics.Maximum, period), snapshot.Window)
            .GroupBy(p => p.Timestamp)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Value))),
    ];
}
