using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Reads a variant's metric shapes (<c>invocations</c>, <c>cpu</c>, <c>memory</c>, <c>gpu</c>, <c>gpuMemory</c>, <c>gaps</c>).</summary>
internal static class MetricShapeReader
{
    // Why: defaults chosen so an omitted gauge looks like a real container: a low idle baseline, rising with traffic.
    private static readonly GaugeShape DefaultCpu = new(GaugePattern.FollowTraffic, 40, 2);
    private static readonly GaugeShape DefaultMemory = new(GaugePattern.FollowTraffic, 50, 30);
    private static readonly GaugeShape DefaultGpu = new(GaugePattern.FollowTraffic, 60, 0);
    private static readonly GaugeShape DefaultGpuMemory = new(GaugePattern.FollowTraffic, 35, 25);

    /// <summary>Why: 100 million invocations an hour is beyond any single endpoint; a larger number is a typo.</summary>
    private const double MaxPerHour = 100_000_000;

    /// <summary>Why: ten years of hours; gaps and quiet stretches beyond that are typos.</summary>
    private const int MaxHours = 87_600;

    public static VariantMetricsPlan? Read(MapReader variant)
    {
        var traffic = Traffic(variant);
        var cpu = Gauge(variant, "cpu") ?? DefaultCpu;
        var memory = Gauge(variant, "memory") ?? DefaultMemory;
        var gpu = Gauge(variant, "gpu") ?? DefaultGpu;
        var gpuMemory = Gauge(variant, "gpuMemory") ?? DefaultGpuMemory;
        var gaps = new List<MetricGap>();
        foreach (var (node, path) in variant.List("gaps"))
        {
            var gap = MapReader.Of(node, path, variant.Problems, "fromHoursAgo", "toHoursAgo");
            var from = gap?.Int("fromHoursAgo", 1, MaxHours, required: true);
            var to = gap?.Int("toHoursAgo", 0, MaxHours, required: true);
            if (from is not null && to is not null && from <= to)
            {
                gap!.Problem("fromHoursAgo", "must be greater than toHoursAgo (a gap runs from further back to more recent)");
            }
            else if (from is not null && to is not null)
            {
                gaps.Add(new MetricGap(from.Value, to.Value));
            }
        }

        return traffic is null ? null : new VariantMetricsPlan(traffic, cpu, memory, gpu, gpuMemory, gaps);
    }

    private static TrafficShape? Traffic(MapReader variant)
    {
        if (!variant.Has("invocations"))
        {
            return new TrafficShape(TrafficPattern.None);
        }

        var map = variant.Map("invocations", required: true, "pattern", "peakPerHour", "basePerHour", "perHour", "quietForLastHours");
        if (map is null)
        {
            return null;
        }

        var quiet = map.Int("quietForLastHours", 1, MaxHours);
        var pattern = map.String("pattern", required: true);
        switch (pattern)
        {
            case "diurnal":
                Unused(map, pattern, "perHour");
                var peak = map.Number("peakPerHour", 0, MaxPerHour, required: true);
                var basePerHour = map.Number("basePerHour", 0, MaxPerHour) ?? 0;
                if (peak < basePerHour)
                {
                    map.Problem("basePerHour", "must not exceed peakPerHour");
                    return null;
                }

                return peak is null ? null : new TrafficShape(TrafficPattern.Diurnal, peak.Value, basePerHour, quiet);
            case "constant":
                Unused(map, pattern, "peakPerHour", "basePerHour");
                var perHour = map.Number("perHour", 0, MaxPerHour, required: true);
                return perHour is null ? null : new TrafficShape(TrafficPattern.Constant, perHour.Value, QuietForLastHours: quiet);
            case "zero" or "none":
                Unused(map, pattern, "peakPerHour", "basePerHour", "perHour", "quietForLastHours");
                return new TrafficShape(pattern == "zero" ? TrafficPattern.Zero : TrafficPattern.None);
            case null:
                return null;
            default:
                map.Problem("pattern", "'" + pattern + "' is not an invocations pattern (diurnal, constant, zero, none)");
                return null;
        }
    }

    private static GaugeShape? Gauge(MapReader variant, string key)
    {
        var map = variant.Map(key, required: false, "pattern", "percent", "basePercent");
        if (map is null)
        {
            return null;
        }

        var pattern = map.String("pattern", required: true);
        GaugePattern? kind = pattern switch
        {
            "constant" => GaugePattern.Constant,
            "diurnal" => GaugePattern.Diurnal,
            "traffic" => GaugePattern.FollowTraffic,
            "none" => GaugePattern.None,
            _ => null,
        };
        if (kind is null)
        {
            if (pattern is not null)
            {
                map.Problem("pattern", "'" + pattern + "' is not a " + key + " pattern (constant, diurnal, traffic, none)");
            }

            return null;
        }

        if (kind == GaugePattern.None)
        {
            Unused(map, pattern!, "percent", "basePercent");
            return GaugeShape.Off;
        }

        if (kind == GaugePattern.Constant)
        {
            Unused(map, pattern!, "basePercent");
        }

        var percent = map.Number("percent", 0, 100, required: true);
        var basePercent = map.Number("basePercent", 0, 100) ?? 0;
        if (percent < basePercent)
        {
            map.Problem("basePercent", "must not exceed percent");
            return null;
        }

        return percent is null ? null : new GaugeShape(kind.Value, percent.Value, basePercent);
    }

    private static void Unused(MapReader map, string pattern, params string[] keys)
    {
        foreach (var key in keys.Where(map.Has))
        {
            map.Problem(key, "is not used by pattern '" + pattern + "'");
        }
    }
}
