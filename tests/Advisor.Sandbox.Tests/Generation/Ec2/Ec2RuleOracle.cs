using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Ec2;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Ec2;

/// <summary>
/// An independent re-statement of the two EC2 rules over the raw hourly store (no CloudWatch aggregation, no analyzer code):
/// the verdict a perfect advisor reaches, with its savings.
/// </summary>
internal static class Ec2RuleOracle
{
    public static decimal? Idle(SandboxEstate estate, SandboxEc2Instance instance)
    {
        if (instance.State != "running" || BundledPriceBook.Default.Spec(instance.InstanceType) is not { Accelerator: not "none" })
        {
            return null;
        }

        var windowStart = estate.Now.AddDays(-14);
        var gpus = Agent(estate, instance, "nvidia_smi_utilization_gpu");
        int withData = 0, idle = 0;
        for (var day = 0; day < 14; day++)
        {
            var from = windowStart.AddDays(day);
            var cpu = Values(estate, Ec2Key("CPUUtilization", instance), from, 24);
            var net = Values(estate, Ec2Key("NetworkIn", instance), from, 24).Concat(Values(estate, Ec2Key("NetworkOut", instance), from, 24)).ToList();
            var gpu = gpus.SelectMany(g => Values(estate, g, from, 24)).ToList();
            if (cpu.Count == 0 || net.Count == 0 || (gpus.Count > 0 && gpu.Count == 0))
            {
                continue;
            }

            withData++;
            idle += cpu.Max() < 5 && net.Sum() < 5e6 && (gpu.Count == 0 || gpu.Max() < 5) ? 1 : 0;
        }

        if (withData < 13 || idle < 13)
        {
            return null;
        }

        var hourly = instance.Lifecycle == "spot"
            ? SpotPriceModel.Price(instance.InstanceType, estate.Region, instance.AvailabilityZone, SpotPriceModel.Floor(estate.Now))!.Value
            : BundledPriceBook.Default.Find(instance.InstanceType, estate.Region, PriceComponent.Ec2)!.HourlyUsd;
        return MonthlySavings.RoundCents(hourly * 730m);
    }

    public static (string Target, decimal Savings)? Rightsize(SandboxEstate estate, SandboxEc2Instance instance)
    {
        var book = BundledPriceBook.Default;
        if (instance.State != "running" || book.Spec(instance.InstanceType) is not { Accelerator: "gpu" } spec)
        {
            return null;
        }

        var util = Agent(estate, instance, "nvidia_smi_utilization_gpu");
        var memory = Agent(estate, instance, "nvidia_smi_memory_used");
        var from = estate.Now.AddDays(-14);
        var sums = new List<double>();
        var memoryPeak = 0d;
        for (var h = 0; h < 336; h++)
        {
            var u = util.Select(k => Values(estate, k, from.AddHours(h), 1)).ToList();
            var m = memory.Select(k => Values(estate, k, from.AddHours(h), 1)).ToList();
            if (u.Count > 0 && u.All(v => v.Count == 1))
            {
                sums.Add(u.Sum(v => v[0]) / 100);
            }

            if (m.Count > 0 && m.All(v => v.Count == 1))
            {
                memoryPeak = Math.Max(memoryPeak, m.Sum(v => v[0]));
            }
        }

        var cpu = Values(estate, Ec2Key("CPUUtilization", instance), from, 336).Select(v => v / 100 * spec.Vcpu).ToList();
        if (sums.Count < 30 || cpu.Count < 30)
        {
            return null;
        }

        var gpus = Rank(sums) * 1.2;
        var vcpus = Rank(cpu) * 1.2;
        var family = instance.InstanceType[..(instance.InstanceType.IndexOf('.', StringComparison.Ordinal) + 1)];
        var current = book.Find(instance.InstanceType, estate.Region, PriceComponent.Ec2)!.HourlyUsd;
        var best = book.Rows
            .Where(r => r.Service == "ec2" && r.Region == estate.Region && r.InstanceType.StartsWith(family, StringComparison.Ordinal)
                && r.GpuModel == spec.GpuModel && r.OnDemandUsdPerHour < current && r.GpuCount >= gpus && r.Vcpu >= vcpus
                && (double)(r.GpuMemoryGib * 1024) >= memoryPeak)
            .MinBy(r => r.OnDemandUsdPerHour);
        return best is null ? null : (best.InstanceType, MonthlySavings.RoundCents((current - best.OnDemandUsdPerHour!.Value) * 730m));
    }

    private static double Rank(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(0.995 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static SeriesKey Ec2Key(string metric, SandboxEc2Instance instance) =>
        new("AWS/EC2", metric, [new KeyValuePair<string, string>("InstanceId", instance.InstanceId)]);

    private static List<SeriesKey> Agent(SandboxEstate estate, SandboxEc2Instance instance, string metric) =>
        [.. estate.Metrics.Keys.Where(k => k.Namespace == "CWAgent" && k.MetricName == metric && k.Dimensions.Contains("InstanceId=" + instance.InstanceId, StringComparison.Ordinal))];

    /// <summary>The non-gap hourly values of a series in [from, from + hours).</summary>
    private static List<double> Values(SandboxEstate estate, SeriesKey key, DateTimeOffset from, int hours)
    {
        var values = new List<double>();
        if (estate.Metrics.Find(key) is not { } series)
        {
            return values;
        }

        for (var h = 0; h < hours; h++)
        {
            var index = (from.AddHours(h) - series.Start).Ticks / TimeSpan.TicksPerHour;
            if (index >= 0 && index < series.Values.Count && series.Values[(int)index] is { } v)
            {
                values.Add(v);
            }
        }

        return values;
    }
}
