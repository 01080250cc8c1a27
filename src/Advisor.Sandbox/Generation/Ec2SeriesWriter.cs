using System.Globalization;
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

    /// <summary>Why: nvidia-smi reports these product names; the CloudWatch agent copies them into the <c>name</c> dimension.</summary>
    private static readonly Dictionary<string, string> SmiNames = new(StringComparer.Ordinal)
    {
        ["NVIDIA T4"] = "Tesla T4",
        ["NVIDIA V100"] = "Tesla V100-SXM2-16GB",
        ["NVIDIA A10G"] = "NVIDIA A10G",
        ["NVIDIA L4"] = "NVIDIA L4",
        ["NVIDIA A100 40GB"] = "NVIDIA A100-SXM4-40GB",
        ["NVIDIA H100 80GB"] = "NVIDIA H100 80GB HBM3",
    };

    public static void Write(
        IDictionary<SeriesKey, HourlySeries> into, SandboxEc2Instance instance, DateTimeOffset start, DateTimeOffset end, Ec2Usage usage, InstanceSpec? gpu, Random rng)
    {
        var hours = (int)((end - start).Ticks / TimeSpan.TicksPerHour);
        if (hours <= 0)
        {
            return;
        }

        var idle = usage == Ec2Usage.Idle;
        var id = new[] { Dim("InstanceId", instance.InstanceId) };

        // Why: idle = CPU below 5% and network below 5 MB a day; 0.3-3% CPU and 20-150 KB an hour (at most 3.6 MB a day) sit inside it.
        into[new SeriesKey(Ec2Namespace, "CPUUtilization", id)] = Series(start, hours, h => idle ? Jitter(rng, 0.3, 3) : Busy(rng, start.AddHours(h), 30, 85));
        into[new SeriesKey(Ec2Namespace, "NetworkIn", id)] = Series(start, hours, h => idle ? Jitter(rng, 20e3, 150e3) : Jitter(rng, 50e6, 500e6));
        into[new SeriesKey(Ec2Namespace, "NetworkOut", id)] = Series(start, hours, h => idle ? Jitter(rng, 10e3, 80e3) : Jitter(rng, 20e6, 200e6));
        if (!instance.HasGpuAgentMetrics || gpu is null)
        {
            return;
        }

        var name = gpu.GpuModel is { } model && SmiNames.TryGetValue(model, out var smi) ? smi : gpu.GpuModel ?? "NVIDIA GPU";
        var totalMib = Math.Round((double)(gpu.GpuMemoryGib * 1024 / gpu.GpuCount));
        for (var index = 0; index < gpu.GpuCount; index++)
        {
            var dims = new[]
            {
                Dim("InstanceId", instance.InstanceId),
                Dim("index", index.ToString(CultureInfo.InvariantCulture)),
                Dim("name", name),
                Dim("host", Ec2Planter.Host(instance)),
            };

            // Why: an idle GPU still holds the driver's few hundred MiB; a busy one holds most of its memory for the model.
            into[new SeriesKey(AgentNamespace, "nvidia_smi_utilization_gpu", dims)] =
                Series(start, hours, h => idle ? Jitter(rng, 0, 1) : Busy(rng, start.AddHours(h), 40, 95));
            into[new SeriesKey(AgentNamespace, "nvidia_smi_memory_used", dims)] =
                Series(start, hours, _ => Math.Round(idle ? Jitter(rng, 250, 500) : totalMib * Jitter(rng, 0.5, 0.9)));
            into[new SeriesKey(AgentNamespace, "nvidia_smi_memory_total", dims)] = Series(start, hours, _ => totalMib);
        }
    }

    private static KeyValuePair<string, string> Dim(string name, string value) => new(name, value);

    private static HourlySeries Series(DateTimeOffset start, int hours, Func<int, double> value)
    {
        var values = new double[hours];
        for (var h = 0; h < hours; h++)
        {
            values[h] = Math.Round(value(h), 3);
        }

        return new HourlySeries(start, new HourlyValues(values));
    }

    private static double Jitter(Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());

    /// <summary>A busy gauge: between low and high, higher in business hours.</summary>
    private static double Busy(Random rng, DateTimeOffset hour, double low, double high) =>
        Math.Clamp(low + ((high - low) * ((0.5 * SeriesWriter.DiurnalLoad(hour)) + (0.5 * rng.NextDouble()))), 0, 100);
}
