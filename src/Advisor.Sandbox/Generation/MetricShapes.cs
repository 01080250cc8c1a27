namespace Advisor.Sandbox.Generation;

/// <summary>How a variant's Invocations series is shaped.</summary>
internal enum TrafficPattern
{
    /// <summary>Business-hours peak (UTC), night trough, weekend dip.</summary>
    Diurnal,

    /// <summary>The same count every hour.</summary>
    Constant,

    /// <summary>A burst in the small hours (02:00–04:59 UTC) every day, nothing otherwise.</summary>
    NightlyBatch,

    /// <summary>An explicit 0 datapoint every hour.</summary>
    Zero,

    /// <summary>No datapoints at all.</summary>
    None,
}

/// <summary>How a gauge (CPU, memory, GPU) series is shaped. Percentages are per vCPU / per GPU (0–100).</summary>
internal enum GaugePattern
{
    /// <summary>The same percentage every hour.</summary>
    Constant,

    /// <summary>Business-hours curve between <see cref="GaugeShape.BasePercent"/> and <see cref="GaugeShape.Percent"/>.</summary>
    Diurnal,

    /// <summary>Base plus (peak − base) × the hour's invocations / the traffic peak.</summary>
    FollowTraffic,

    /// <summary>No datapoints.</summary>
    None,
}

/// <summary>
/// A variant's traffic. <paramref name="QuietForLastHours"/>: the last N hours carry no traffic (an endpoint that went idle);
/// <paramref name="QuietAsZeros"/>: quiet hours publish explicit 0 datapoints instead of nothing;
/// <paramref name="SingleInvocationHoursAgo"/>: exactly one invocation in the hour starting that many hours before now.
/// </summary>
internal sealed record TrafficShape(
    TrafficPattern Pattern,
    double PeakPerHour = 0,
    double BasePerHour = 0,
    int? QuietForLastHours = null,
    bool QuietAsZeros = true,
    int? SingleInvocationHoursAgo = null)
{
    public static TrafficShape Idle(bool explicitZeros) => new(explicitZeros ? TrafficPattern.Zero : TrafficPattern.None);
}

/// <summary>A gauge shape; percentages per vCPU (or per GPU), scaled by the writer.</summary>
internal sealed record GaugeShape(GaugePattern Pattern, double Percent, double BasePercent = 0)
{
    public static GaugeShape Off { get; } = new(GaugePattern.None, 0);
}

/// <summary>A stretch with no datapoints on any of the variant's series: hours starting in [now − From, now − To).</summary>
internal sealed record MetricGap(int FromHoursAgo, int ToHoursAgo);

/// <summary>Everything needed to write one variant's series.</summary>
internal sealed record VariantMetricsPlan(
    TrafficShape Invocations,
    GaugeShape Cpu,
    GaugeShape Memory,
    GaugeShape Gpu,
    GaugeShape GpuMemory,
    IReadOnlyList<MetricGap> Gaps);
