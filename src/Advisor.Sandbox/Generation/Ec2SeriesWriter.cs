using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Hourly EC2 series: <c>AWS/EC2</c> CPUUtilization (average %), NetworkIn/NetworkOut (bytes per hour) by InstanceId, and for
/// agent instances <c>CWAgent</c> nvidia_smi_utilization_gpu / memory_used / memory_total per GPU with InstanceId, index, name, host.
/// </summary>
internal static class Ec2SeriesWriter
{
    public const string Ec2Namespace = "AWS/EC2";
    public const string AgentNamespace = "CWAgent";

    public static void Write(
        IDictionary<SeriesKey, HourlySeries> into, SandboxEc2Instance instance, DateTimeOffset start, DateTimeOffset end, Ec2Usage usage, InstanceSpec? gpu, Random rng)
    {
        var hours = (int)((end - start).Ticks / TimeSpan.TicksPerHour);
        if (hours <= 0)
        {
            return;
        }

        var quiet = IsQuiet(usage);
        var id = new[] { Dim("InstanceId", instance.InstanceId) };

        // Why: near misses sit in the last two days of the window (and the 13-of-14 case one day earlier), so every oracle
        // and analyzer sees them inside a 14-day window ending at the estate's now.
        bool LastTwoDays(int h) => start.AddHours(h) >= end.AddHours(-48);
        bool EdgeHour(int h) => LastTwoDays(h) && start.AddHours(h).Hour == 12;
        bool Missing(int h) => usage == Ec2Usage.Gap && LastTwoDays(h);

        // Why: idle = CPU below 5% and network below 5 MB a day; 0.3-3% CPU and 20-150 KB in + 10-80 KB out an hour
        // (3.1 MB a day on average, 5 MB only if all 24 hours sit at the top) sit inside it.
        into[new SeriesKey(Ec2Namespace, "CPUUtilization", id)] = Series(start, hours, h => Missing(h) ? null : usage switch
        {
            Ec2Usage.CpuEdge when EdgeHour(h) => 5.3,
            Ec2Usage.IdleOneBusyDay when start.AddHours(h) >= end.AddHours(-72) && !LastTwoDays(h) => 40,
            Ec2Usage.OneGpu or Ec2Usage.TwoGpuDemand or Ec2Usage.MemoryHeavy => Jitter(rng, 1, 4),
            Ec2Usage.SingleGpuBusy => Jitter(rng, 5, 15),
            _ when quiet => Jitter(rng, 0.3, 3),
            _ => Busy(rng, start.AddHours(h), 30, 85),
        });
        into[new SeriesKey(Ec2Namespace, "NetworkIn", id)] = Series(start, hours, h => Missing(h) ? null
            : usage == Ec2Usage.NetworkEdge && LastTwoDays(h) ? 150e3 : quiet ? Jitter(rng, 20e3, 150e3) : Jitter(rng, 50e6, 500e6));
        into[new SeriesKey(Ec2Namespace, "NetworkOut", id)] = Series(start, hours, h => Missing(h) ? null
            : usage == Ec2Usage.NetworkEdge && LastTwoDays(h) ? 75e3 : quiet ? Jitter(rng, 10e3, 80e3) : Jitter(rng, 20e6, 200e6));
        if (!instance.HasGpuAgentMetrics || gpu is null)
        {
            return;
        }

        var totalMib = AgentGpuSeries.MemoryMibPerGpu(gpu);
        for (var index = 0; index < gpu.GpuCount; index++)
        {
            var dims = AgentGpuSeries.Dimensions(instance, gpu, index);
            var gpuIndex = index;

            // Why: an idle GPU still holds the driver's few hundred MiB; a busy one holds most of its memory for the model.
            into[new SeriesKey(AgentNamespace, "nvidia_smi_utilization_gpu", dims)] =
                Series(start, hours, h => Missing(h) ? null : Utilisation(usage, gpuIndex, EdgeHour(h), rng, start.AddHours(h)));
            into[new SeriesKey(AgentNamespace, "nvidia_smi_memory_used", dims)] =
                Series(start, hours, h => Missing(h) ? null : Math.Round(MemoryUsed(usage, gpuIndex, totalMib, rng)));
            into[new SeriesKey(AgentNamespace, "nvidia_smi_memory_total", dims)] = Series(start, hours, h => Missing(h) ? null : totalMib);
        }
    }

    /// <summary>Profiles whose CPU and network stay under the idle thresholds (apart from their planted edge).</summary>
    internal static bool IsQuiet(Ec2Usage usage) => usage is Ec2Usage.Idle or Ec2Usage.IdleOneBusyDay or Ec2Usage.CpuEdge
        or Ec2Usage.NetworkEdge or Ec2Usage.GpuEdge or Ec2Usage.Gap;

    private static double Utilisation(Ec2Usage usage, int index, bool edgeHour, Random rng, DateTimeOffset hour) => usage switch
    {
        Ec2Usage.GpuEdge when edgeHour && index == 0 => 6,

        // Why: 0.45 + 0.40 GPU-equivalents + 20% headroom = 1.02 GPUs: just more than one GPU can give.
        Ec2Usage.TwoGpuDemand => index switch { 0 => 45, 1 => 40, _ => 0 },
        Ec2Usage.MemoryHeavy => index < 2 ? 10 : 0,
        Ec2Usage.OneGpu => index == 0 ? Jitter(rng, 10, 30) : Jitter(rng, 0, 1),
        // Why: at most 0.8 GPUs + 20% headroom = 0.96: a large single-GPU size whose GPU still fits the smallest one.
        Ec2Usage.SingleGpuBusy => Busy(rng, hour, 40, 80),
        _ when IsQuiet(usage) => Jitter(rng, 0, 1),
        _ => Busy(rng, hour, 40, 95),
    };

    private static double MemoryUsed(Ec2Usage usage, int index, double totalMib, Random rng) => usage switch
    {
        // Why: 18,000 + 8,000 + 2 × 300 MiB = 26,600 MiB in use: more than one 24 GiB A10G holds.
        Ec2Usage.MemoryHeavy => index switch { 0 => 18_000, 1 => 8_000, _ => 300 },
        Ec2Usage.TwoGpuDemand => index < 2 ? 6_000 : 300,
        Ec2Usage.OneGpu => index == 0 ? Jitter(rng, 4_000, 8_000) : Jitter(rng, 250, 500),
        _ when IsQuiet(usage) => Jitter(rng, 250, 500),
        _ => totalMib * Jitter(rng, 0.5, 0.9),
    };

    private static KeyValuePair<string, string> Dim(string name, string value) => new(name, value);

    private static HourlySeries Series(DateTimeOffset start, int hours, Func<int, double?> value)
    {
        var values = new double[hours];
        for (var h = 0; h < hours; h++)
        {
            values[h] = value(h) is { } v ? Math.Round(v, 3) : double.NaN;
        }

        return new HourlySeries(start, new HourlyValues(values));
    }

    private static double Jitter(Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());

    /// <summary>A busy gauge: between low and high, higher in business hours.</summary>
    private static double Busy(Random rng, DateTimeOffset hour, double low, double high) =>
        Math.Clamp(low + ((high - low) * ((0.5 * SeriesWriter.DiurnalLoad(hour)) + (0.5 * rng.NextDouble()))), 0, 100);
}
