using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// Writes the hourly series of file training jobs and EC2 instances from their shapes, without noise, under the same namespaces,
/// metric names and dimensions as the generator (<see cref="TrainingJobPlanter"/>, <see cref="Ec2SeriesWriter"/>).
/// </summary>
internal static class ResourceSeriesWriter
{
    /// <summary>Per host <c>&lt;job&gt;/algo-&lt;n&gt;</c>: CPU (× vCPUs), memory, and GPU/GPU memory (× GPUs) over the hours the job ran.</summary>
    public static void WriteTrainingJob(IDictionary<SeriesKey, HourlySeries> into, TrainingJobDraft draft, DateTimeOffset now)
    {
        var job = draft.Job;
        var start = Max(GeneratorOptions.FloorToHour(job.TrainingStartTime!.Value), now - EstateGenerator.History);
        var end = job.TrainingEndTime ?? now;
        if (end <= start)
        {
            return; // Why: the run ended before the 30 days of history CloudWatch serves.
        }

        // Why: the hour a job ends in still has its last datapoints, so the run covers every hour it touched (at least one).
        var hours = Math.Max(1, (int)Math.Ceiling((end - start).TotalHours));
        hours = Math.Min(hours, (int)((now - start).Ticks / TimeSpan.TicksPerHour));
        if (hours <= 0)
        {
            return;
        }

        var spec = BundledPriceBook.Default.Spec(job.InstanceType);
        var vcpu = spec?.Vcpu ?? 1;
        var gpus = spec is { Accelerator: "gpu" } ? spec.GpuCount : 0;
        for (var n = 1; n <= job.InstanceCount; n++)
        {
            var dims = new[] { Dim("Host", job.Name + "/algo-" + n.ToString(CultureInfo.InvariantCulture)) };
            Add(into, new SeriesKey(TrainingJobPlanter.Namespace, "CPUUtilization", dims), start, Gauge(draft.Cpu, start, hours, vcpu));
            Add(into, new SeriesKey(TrainingJobPlanter.Namespace, "MemoryUtilization", dims), start, Gauge(draft.Memory, start, hours, 1));
            if (gpus > 0)
            {
                Add(into, new SeriesKey(TrainingJobPlanter.Namespace, "GPUUtilization", dims), start, Gauge(draft.Gpu, start, hours, gpus));
                Add(into, new SeriesKey(TrainingJobPlanter.Namespace, "GPUMemoryUtilization", dims), start, Gauge(draft.GpuMemory, start, hours, gpus));
            }
        }
    }

    /// <summary><c>AWS/EC2</c> CPU and network by InstanceId; with the agent, <c>CWAgent</c> nvidia_smi_* per GPU (InstanceId, index, name, host).</summary>
    public static void WriteEc2(IDictionary<SeriesKey, HourlySeries> into, Ec2Draft draft, DateTimeOffset now)
    {
        var instance = draft.Instance;
        var start = EstateGenerator.SeriesStart(instance.LaunchTime, now);
        var hours = (int)((draft.MetricsEnd - start).Ticks / TimeSpan.TicksPerHour);
        if (hours <= 0)
        {
            return;
        }

        var id = new[] { Dim("InstanceId", instance.InstanceId) };
        Add(into, new SeriesKey(Ec2SeriesWriter.Ec2Namespace, "CPUUtilization", id), start, Gauge(draft.Cpu, start, hours, 1));
        Add(into, new SeriesKey(Ec2SeriesWriter.Ec2Namespace, "NetworkIn", id), start, Amount(draft.NetworkIn, start, hours));
        Add(into, new SeriesKey(Ec2SeriesWriter.Ec2Namespace, "NetworkOut", id), start, Amount(draft.NetworkOut, start, hours));
        if (!instance.HasGpuAgentMetrics || BundledPriceBook.Default.Spec(instance.InstanceType) is not { Accelerator: "gpu" } gpu)
        {
            return;
        }

        var totalMib = AgentGpuSeries.MemoryMibPerGpu(gpu);
        for (var index = 0; index < gpu.GpuCount; index++)
        {
            var dims = AgentGpuSeries.Dimensions(instance, gpu, index);
            Add(into, new SeriesKey(Ec2SeriesWriter.AgentNamespace, "nvidia_smi_utilization_gpu", dims), start, Gauge(draft.Gpu, start, hours, 1));

            // Why: memory_used is MiB (the share of memory_total the shape's percent says); memory_total is constant.
            var used = Gauge(draft.GpuMemory, start, hours, 1).Select(p => double.IsNaN(p) ? p : Math.Round(totalMib * p / 100)).ToArray();
            Add(into, new SeriesKey(Ec2SeriesWriter.AgentNamespace, "nvidia_smi_memory_used", dims), start, used);
            Add(into, new SeriesKey(Ec2SeriesWriter.AgentNamespace, "nvidia_smi_memory_total", dims), start,
                draft.GpuMemory.Pattern == GaugePattern.None ? Enumerable.Repeat(double.NaN, hours).ToArray() : Enumerable.Repeat(totalMib, hours).ToArray());
        }
    }

    private static double[] Gauge(GaugeShape shape, DateTimeOffset start, int hours, int scale)
    {
        var values = new double[hours];
        for (var h = 0; h < hours; h++)
        {
            var percent = shape.Pattern switch
            {
                GaugePattern.Constant => shape.Percent,
                GaugePattern.Diurnal => shape.BasePercent + ((shape.Percent - shape.BasePercent) * SeriesWriter.DiurnalLoad(start.AddHours(h))),
                _ => double.NaN,
            };
            values[h] = double.IsNaN(percent) ? percent : Math.Round(percent * scale, 3);
        }

        return values;
    }

    private static double[] Amount(TrafficShape shape, DateTimeOffset start, int hours)
    {
        var values = new double[hours];
        for (var h = 0; h < hours; h++)
        {
            values[h] = shape.Pattern switch
            {
                TrafficPattern.Constant => shape.PeakPerHour,
                TrafficPattern.Diurnal => Math.Round(shape.BasePerHour + ((shape.PeakPerHour - shape.BasePerHour) * SeriesWriter.DiurnalLoad(start.AddHours(h)))),
                _ => double.NaN,
            };
        }

        return values;
    }

    /// <summary>Stores the series unless it has no datapoint at all (CloudWatch does not list such a series).</summary>
    private static void Add(IDictionary<SeriesKey, HourlySeries> into, SeriesKey key, DateTimeOffset start, double[] values)
    {
        if (values.Any(v => !double.IsNaN(v)))
        {
            into[key] = new HourlySeries(start, new HourlyValues(values));
        }
    }

    private static KeyValuePair<string, string> Dim(string name, string value) => new(name, value);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
