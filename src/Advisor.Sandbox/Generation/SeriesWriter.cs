using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Writes a variant's hourly series (Invocations; CPU, memory and GPU gauges for instance-backed variants) into a store
/// under the dimensions SageMaker publishes: exactly <c>EndpointName</c> and <c>VariantName</c>.
/// </summary>
internal static class SeriesWriter
{
    public const string InvocationsNamespace = "AWS/SageMaker";
    public const string InstanceNamespace = "/aws/sagemaker/Endpoints";

    // Why: the business-hours peak sits mid-afternoon UTC (Europe and US east overlap), ~3.5 h wide on each side.
    private const double PeakHourUtc = 14.0;
    private const double PeakWidthHours = 3.5;

    // Why: weekend traffic of business applications is roughly a third of weekday traffic.
    private const double WeekendFactor = 0.35;

    /// <summary>Hardware scale of the gauges: vCPUs for CPUUtilization, GPUs for GPU metrics (0 = no GPU metrics).</summary>
    public sealed record Hardware(int Vcpu, int GpuCount, bool Serverless);

    /// <summary>Adds the variant's series (those with at least one datapoint) to <paramref name="into"/>.</summary>
    public static void Write(
        IDictionary<SeriesKey, HourlySeries> into,
        string endpointName,
        string variantName,
        DateTimeOffset start,
        DateTimeOffset now,
        Hardware hardware,
        VariantMetricsPlan plan,
        Random? noise)
    {
        var hours = (int)((now - start).Ticks / TimeSpan.TicksPerHour);
        if (hours <= 0)
        {
            return;
        }

        var dims = new[]
        {
            new KeyValuePair<string, string>("EndpointName", endpointName),
            new KeyValuePair<string, string>("VariantName", variantName),
        };
        var traffic = Traffic(plan.Invocations, start, hours, noise);
        var peak = Math.Max(1.0, plan.Invocations.PeakPerHour);
        Add(into, new SeriesKey(InvocationsNamespace, "Invocations", dims), start, traffic, plan.Gaps, hours);
        if (hardware.Serverless)
        {
            return;
        }

        Add(into, new SeriesKey(InstanceNamespace, "CPUUtilization", dims), start,
            Gauge(plan.Cpu, hardware.Vcpu, start, traffic, peak, noise), plan.Gaps, hours);
        Add(into, new SeriesKey(InstanceNamespace, "MemoryUtilization", dims), start,
            Gauge(plan.Memory, 1, start, traffic, peak, noise), plan.Gaps, hours);
        if (hardware.GpuCount > 0)
        {
            Add(into, new SeriesKey(InstanceNamespace, "GPUUtilization", dims), start,
                Gauge(plan.Gpu, hardware.GpuCount, start, traffic, peak, noise), plan.Gaps, hours);
            Add(into, new SeriesKey(InstanceNamespace, "GPUMemoryUtilization", dims), start,
                Gauge(plan.GpuMemory, hardware.GpuCount, start, traffic, peak, noise), plan.Gaps, hours);
        }
    }

    /// <summary>The business-hours curve at an hour: 0 at night, 1 at the weekday peak, damped at weekends.</summary>
    public static double DiurnalLoad(DateTimeOffset hourStart)
    {
        var h = (double)hourStart.Hour;
        var bell = Math.Exp(-((h - PeakHourUtc) * (h - PeakHourUtc)) / (2 * PeakWidthHours * PeakWidthHours));
        var weekend = hourStart.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return weekend ? bell * WeekendFactor : bell;
    }

    private static double[] Traffic(TrafficShape shape, DateTimeOffset start, int hours, Random? noise)
    {
        var values = new double[hours];
        for (var i = 0; i < hours; i++)
        {
            var hourStart = start.AddHours(i);
            var raw = shape.Pattern switch
            {
                TrafficPattern.Diurnal => shape.BasePerHour + ((shape.PeakPerHour - shape.BasePerHour) * DiurnalLoad(hourStart)),
                TrafficPattern.Constant => shape.PeakPerHour,
                // Why: batch scorers run in the small hours; three hourly bursts a day.
                TrafficPattern.NightlyBatch => hourStart.Hour is >= 2 and <= 4 ? shape.PeakPerHour : double.NaN,
                TrafficPattern.Zero => 0.0,
                _ => double.NaN,
            };
            if (noise is not null && raw > 0)
            {
                // Why: ±15% hour-to-hour jitter; never rounds a busy hour down to zero (base ≥ 1 × 0.85 rounds to 1).
                raw *= 0.85 + (0.3 * noise.NextDouble());
            }

            values[i] = double.IsNaN(raw) ? raw : Math.Max(0, Math.Round(raw));
        }

        if (shape.QuietForLastHours is { } quiet)
        {
            for (var i = Math.Max(0, hours - quiet); i < hours; i++)
            {
                values[i] = shape.QuietAsZeros ? 0.0 : double.NaN;
            }
        }

        if (shape.SingleInvocationHoursAgo is { } ago && hours - ago is var at && at >= 0 && at < hours)
        {
            values[at] = 1.0;
        }

        return values;
    }

    private static double[] Gauge(GaugeShape shape, int scale, DateTimeOffset start, double[] traffic, double peak, Random? noise)
    {
        var values = new double[traffic.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var percent = shape.Pattern switch
            {
                GaugePattern.Constant => shape.Percent,
                GaugePattern.Diurnal => shape.BasePercent + ((shape.Percent - shape.BasePercent) * DiurnalLoad(start.AddHours(i))),
                GaugePattern.FollowTraffic => shape.BasePercent
                    + ((shape.Percent - shape.BasePercent) * Math.Clamp(double.IsNaN(traffic[i]) ? 0 : traffic[i] / peak, 0, 1)),
                _ => double.NaN,
            };
            if (noise is not null && !double.IsNaN(percent))
            {
                // Why: ±10% jitter around the shape; a live container never reports exactly the same average twice.
                percent *= 0.9 + (0.2 * noise.NextDouble());
            }

            values[i] = double.IsNaN(percent) ? percent : Math.Round(Math.Clamp(percent, 0, 100) * scale, 3);
        }

        return values;
    }

    private static void Add(
        IDictionary<SeriesKey, HourlySeries> into, SeriesKey key, DateTimeOffset start, double[] values, IReadOnlyList<MetricGap> gaps, int hours)
    {
        foreach (var gap in gaps)
        {
            for (var i = Math.Max(0, hours - gap.FromHoursAgo); i < Math.Min(hours, hours - gap.ToHoursAgo); i++)
            {
                values[i] = double.NaN;
            }
        }

        if (values.Any(v => !double.IsNaN(v)))
        {
            into[key] = new HourlySeries(start, new HourlyValues(values));
        }
    }
}
