using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>One day of an instance's window: CPU maximum, network bytes and (with the agent) the busiest GPU's maximum.</summary>
internal sealed record UsageDay(int Day, double CpuMaxPercent, double NetworkBytes, double? GpuMaxPercent);

/// <summary>What the window shows for one instance, day by day; a day without every required datapoint is left out.</summary>
internal sealed record DailyUsage(IReadOnlyList<UsageDay> Days, int WindowDays, int GpuSeries)
{
    public bool HasAgent => GpuSeries > 0;

    /// <summary>Reads the daily series of one instance from the snapshot.</summary>
    public static DailyUsage Measure(Ec2Instance instance, ScopeSnapshot snapshot)
    {
        var window = snapshot.Window;
        var id = instance.InstanceId;
        var cpu = Day(snapshot, Ec2Metrics.Ec2(Ec2Metrics.Cpu, id, Ec2Metrics.Maximum, Ec2Metrics.DaySeconds));
        var netIn = Day(snapshot, Ec2Metrics.Ec2(Ec2Metrics.NetworkIn, id, Ec2Metrics.Sum, Ec2Metrics.DaySeconds));
        var netOut = Day(snapshot, Ec2Metrics.Ec2(Ec2Metrics.NetworkOut, id, Ec2Metrics.Sum, Ec2Metrics.DaySeconds));
        var gpus = Ec2Metrics.Agent(snapshot.Inventory, id, Ec2Metrics.GpuUtilization)
            .Select(m => Day(snapshot, m.ToSpec(Ec2Metrics.Maximum, Ec2Metrics.DaySeconds)))
            .ToList();

        var days = new List<UsageDay>();
        var windowDays = Ec2Metrics.Days(window);
        for (var day = 0; day < windowDays; day++)
        {
            if (!cpu.TryGetValue(day, out var c) || !netIn.TryGetValue(day, out var i) || !netOut.TryGetValue(day, out var o))
            {
                continue;
            }

            double? gpu = null;
            if (gpus.Count > 0)
            {
                // Why: with the agent, a day counts only when some GPU reported; the busiest GPU decides.
                var reported = gpus.Where(g => g.ContainsKey(day)).Select(g => g[day]).ToList();
                if (reported.Count == 0)
                {
                    continue;
                }

                gpu = reported.Max();
            }

            days.Add(new UsageDay(day, c, i + o, gpu));
        }

        return new DailyUsage(days, windowDays, gpus.Count);

        Dictionary<int, double> Day(ScopeSnapshot s, MetricSpec spec) => Ec2Metrics.ByDay(Ec2Metrics.Points(s.Metrics, spec, window), window);
    }

    /// <summary>Whether a day is idle by the thresholds (GPU only where the agent reported).</summary>
    public static bool IsIdle(UsageDay day, Ec2GpuIdleOptions options) =>
        day.CpuMaxPercent < options.CpuMaxPercent
        && day.NetworkBytes < options.NetworkBytesPerDay
        && (day.GpuMaxPercent is not { } gpu || gpu < options.GpuMaxPercent);
}
