using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>Reads an endpoint variant's hourly values from an estate's metric store, as the truth passes need them.</summary>
internal static class EstateSeries
{
    /// <summary>The variant's hourly values in [start, estate.Now), gaps left out.</summary>
    public static List<double> VariantHourly(SandboxEstate estate, string ns, string metric, string endpoint, string variant, DateTimeOffset start)
    {
        var key = new SeriesKey(ns, metric, [new("EndpointName", endpoint), new("VariantName", variant)]);
        var values = new List<double>();
        if (estate.Metrics.Find(key) is { } series)
        {
            for (var i = 0; i < series.Values.Count; i++)
            {
                var at = series.Start.AddHours(i);
                if (at >= start && at < estate.Now && series.Values[i] is { } v)
                {
                    values.Add(v);
                }
            }
        }

        return values;
    }

    /// <summary>Nearest-rank percentile (the sandbox's and the analyzers' definition).</summary>
    public static double NearestRank(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
