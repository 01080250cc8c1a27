namespace Advisor.Sandbox.Estate;

/// <summary>Identifies one CloudWatch series: namespace, metric name and the exact dimension set (order-insensitive).</summary>
public sealed record SeriesKey
{
    public SeriesKey(string @namespace, string metricName, IEnumerable<KeyValuePair<string, string>> dimensions)
    {
        Namespace = @namespace;
        MetricName = metricName;
        Dimensions = string.Join(',', dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + d.Value));
    }

    public string Namespace { get; }
    public string MetricName { get; }

    /// <summary>Canonical dimensions, <c>Name=Value</c> pairs sorted by name and joined by commas.</summary>
    public string Dimensions { get; }
}

/// <summary>
/// One series at hourly resolution: <see cref="Values"/>[i] is the hour starting at <see cref="Start"/> + i hours.
/// A null value is a gap (no datapoint published), which CloudWatch reports as an absent timestamp, never as zero.
/// For count metrics (Invocations) the value is the hour's Sum; for gauges (CPUUtilization) the hour's Average.
/// </summary>
public sealed record HourlySeries(DateTimeOffset Start, IReadOnlyList<double?> Values);

/// <summary>Every series of an estate, by key.</summary>
public sealed class MetricStore
{
    private readonly Dictionary<SeriesKey, HourlySeries> _series;

    public MetricStore(IReadOnlyDictionary<SeriesKey, HourlySeries> series)
    {
        _series = new Dictionary<SeriesKey, HourlySeries>(series);
    }

    public static MetricStore Empty { get; } = new(new Dictionary<SeriesKey, HourlySeries>());

    public IReadOnlyCollection<SeriesKey> Keys => _series.Keys;

    public int Count => _series.Count;

    public HourlySeries? Find(SeriesKey key) => _series.GetValueOrDefault(key);
}
