using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// Reads the metric shapes of training jobs and EC2 instances: gauges (<c>constant</c>, <c>diurnal</c>, <c>none</c>; percent
/// 0–100) and amounts such as network bytes (<c>constant</c> with <c>perHour</c>, <c>diurnal</c> with <c>peakPerHour</c>/<c>basePerHour</c>, <c>none</c>).
/// Resources without invocations have no <c>traffic</c> pattern.
/// </summary>
internal static class ResourceShapeReader
{
    /// <summary>Why: 10 TB an hour is beyond a 200 Gbit/s link; a larger number is a typo.</summary>
    private const double MaxPerHour = 1e13;

    /// <summary>The gauge at <paramref name="key"/>, <paramref name="fallback"/> when absent, null (with a problem) when invalid.</summary>
    public static GaugeShape? Gauge(MapReader owner, string key, GaugeShape fallback)
    {
        if (!owner.Has(key))
        {
            return fallback;
        }

        var map = owner.Map(key, required: true, "pattern", "percent", "basePercent");
        var pattern = map?.String("pattern", required: true);
        switch (pattern)
        {
            case "none":
                Unused(map!, pattern, "percent", "basePercent");
                return GaugeShape.Off;
            case "constant":
                Unused(map!, pattern, "basePercent");
                return map!.Number("percent", 0, 100, required: true) is { } percent ? new GaugeShape(GaugePattern.Constant, percent) : null;
            case "diurnal":
                var peak = map!.Number("percent", 0, 100, required: true);
                var low = map.Number("basePercent", 0, 100) ?? 0;
                if (peak < low)
                {
                    map.Problem("basePercent", "must not exceed percent");
                    return null;
                }

                return peak is null ? null : new GaugeShape(GaugePattern.Diurnal, peak.Value, low);
            case null:
                return null;
            default:
                map!.Problem("pattern", "'" + pattern + "' is not a " + key + " pattern (constant, diurnal, none)");
                return null;
        }
    }

    /// <summary>The amount per hour at <paramref name="key"/>, <paramref name="fallback"/> when absent, null (with a problem) when invalid.</summary>
    public static TrafficShape? Amount(MapReader owner, string key, TrafficShape fallback)
    {
        if (!owner.Has(key))
        {
            return fallback;
        }

        var map = owner.Map(key, required: true, "pattern", "perHour", "peakPerHour", "basePerHour");
        var pattern = map?.String("pattern", required: true);
        switch (pattern)
        {
            case "none":
                Unused(map!, pattern, "perHour", "peakPerHour", "basePerHour");
                return new TrafficShape(TrafficPattern.None);
            case "constant":
                Unused(map!, pattern, "peakPerHour", "basePerHour");
                return map!.Number("perHour", 0, MaxPerHour, required: true) is { } perHour ? new TrafficShape(TrafficPattern.Constant, perHour) : null;
            case "diurnal":
                Unused(map!, pattern, "perHour");
                var peak = map!.Number("peakPerHour", 0, MaxPerHour, required: true);
                var low = map.Number("basePerHour", 0, MaxPerHour) ?? 0;
                if (peak < low)
                {
                    map.Problem("basePerHour", "must not exceed peakPerHour");
                    return null;
                }

                return peak is null ? null : new TrafficShape(TrafficPattern.Diurnal, peak.Value, low);
            case null:
                return null;
            default:
                map!.Problem("pattern", "'" + pattern + "' is not a " + key + " pattern (constant, diurnal, none)");
                return null;
        }
    }

    private static void Unused(MapReader map, string pattern, params string[] keys)
    {
        foreach (var key in keys.Where(map.Has))
        {
            map.Problem(key, "is not used by pattern '" + pattern + "'");
        }
    }
}
