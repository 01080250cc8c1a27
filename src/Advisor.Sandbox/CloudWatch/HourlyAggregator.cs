using System.Globalization;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>
/// Answers a statistic at a period from an hourly series. Periods that are multiples of 3600 s aggregate whole hours;
/// periods below 3600 s that divide 3600 spread each hour over its sub-periods. Gaps produce no datapoint.
/// Approximations (the store keeps one value per hour): a percentile over whole hours is the nearest-rank percentile
/// of the hourly values, and within one hour it is the hour's value; SampleCount assumes one sample per minute.
/// </summary>
internal static class HourlyAggregator
{
    private const int SecondsPerHour = 3600;

    // Why: CloudWatch's standard-resolution metrics publish one sample per minute.
    private const int SecondsPerSample = 60;

    /// <summary>Datapoints in ascending time order; the first period starts at <paramref name="start"/> rounded down to the hour (or the period).</summary>
    public static List<(DateTimeOffset Timestamp, double Value)> Aggregate(
        HourlySeries series, DateTimeOffset start, DateTimeOffset end, int period, string stat)
    {
        var points = new List<(DateTimeOffset, double)>();
        var step = TimeSpan.FromSeconds(period);
        if (period >= SecondsPerHour)
        {
            var hoursPerPeriod = period / SecondsPerHour;
            var values = new List<double>(hoursPerPeriod);
            for (var bucket = FloorTo(start, SecondsPerHour); bucket < end; bucket += step)
            {
                values.Clear();
                for (var h = 0; h < hoursPerPeriod; h++)
                {
                    var hour = bucket.AddHours(h);
                    if (hour < end && ValueAt(series, hour) is { } v)
                    {
                        values.Add(v);
                    }
                }

                if (values.Count > 0)
                {
                    points.Add((bucket, Combine(values, stat)));
                }
            }

            return points;
        }

        var perHour = SecondsPerHour / period;
        for (var t = FloorTo(start, period); t < end; t += step)
        {
            if (ValueAt(series, FloorTo(t, SecondsPerHour)) is { } v)
            {
                points.Add((t, Spread(v, stat, perHour, period)));
            }
        }

        return points;
    }

    private static double Combine(List<double> values, string stat) => stat switch
    {
        "Sum" => values.Sum(),
        "Average" => values.Average(),
        "Maximum" => values.Max(),
        "Minimum" => values.Min(),
        "SampleCount" => values.Count * (SecondsPerHour / SecondsPerSample),
        _ => Percentile(values, ParsePercentile(stat)),
    };

    private static double Spread(double hourValue, string stat, int perHour, int period) => stat switch
    {
        "Sum" => hourValue / perHour,
        "SampleCount" => period / SecondsPerSample,
        _ => hourValue,
    };

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100d * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    internal static double ParsePercentile(string stat) =>
        double.Parse(stat.AsSpan(1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static double? ValueAt(HourlySeries series, DateTimeOffset hour)
    {
        var offset = hour - series.Start;
        if (offset < TimeSpan.Zero || offset.Ticks % TimeSpan.TicksPerHour != 0)
        {
            return null;
        }

        var index = offset.Ticks / TimeSpan.TicksPerHour;
        return index < series.Values.Count ? series.Values[(int)index] : null;
    }

    private static DateTimeOffset FloorTo(DateTimeOffset value, int seconds)
    {
        var unix = value.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(unix - (((unix % seconds) + seconds) % seconds));
    }
}
