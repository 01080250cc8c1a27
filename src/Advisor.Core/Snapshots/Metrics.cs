using System.Text.Json.Serialization;

namespace Advisor.Core.Snapshots;

/// <summary>A CloudWatch dimension.</summary>
public sealed record MetricDimension(string Name, string Value);

/// <summary>
/// One metric query: namespace, name, the exact dimension set, statistic and period. Two specs are equal when
/// their canonical <see cref="Key"/> is equal (dimension order does not matter).
/// </summary>
public sealed record MetricSpec(string Namespace, string MetricName, IReadOnlyList<MetricDimension> Dimensions, string Stat, int PeriodSeconds)
{
    /// <summary>Canonical form, e.g. <c>AWS/SageMaker|Invocations|EndpointName=a,VariantName=b|Sum|3600</c>.</summary>
    [JsonIgnore]
    public string Key => $"{Namespace}|{MetricName}|{string.Join(',', Dimensions.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => d.Name + "=" + d.Value))}|{Stat}|{PeriodSeconds}";

    public bool Equals(MetricSpec? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>A metric that exists in CloudWatch (from ListMetrics): namespace, name and its exact dimension set.</summary>
public sealed record MetricIdentity(string Namespace, string MetricName, IReadOnlyList<MetricDimension> Dimensions)
{
    /// <summary>The dimension's value, or null when the metric does not carry it.</summary>
    public string? Dimension(string name) => Dimensions.FirstOrDefault(d => d.Name == name)?.Value;

    /// <summary>A query for this metric with a statistic and period (the exact dimension set, as CloudWatch requires).</summary>
    public MetricSpec ToSpec(string stat, int periodSeconds) => new(Namespace, MetricName, Dimensions, stat, periodSeconds);
}

/// <summary>One datapoint.</summary>
public sealed record MetricPoint(DateTimeOffset Timestamp, double Value);

/// <summary>Whether CloudWatch returned the whole series.</summary>
public enum MetricStatus
{
    Complete,

    /// <summary>Some pages or points are missing (PartialData that could not be completed, InternalError).</summary>
    Partial,

    /// <summary>Not returned at all (Forbidden, the call failed).</summary>
    Failed,
}

/// <summary>A series as returned, points in ascending time. No points means "unknown", never zero.</summary>
public sealed record MetricSeries(MetricSpec Spec, IReadOnlyList<MetricPoint> Points, MetricStatus Status = MetricStatus.Complete);

/// <summary>The window every utilisation verdict in one snapshot is taken over.</summary>
public sealed record AnalysisWindow(DateTimeOffset Start, DateTimeOffset End, TimeSpan Period)
{
    /// <summary>How many periods fit in the window (the datapoints a fully monitored series has).</summary>
    [JsonIgnore]
    public int ExpectedPoints => (int)((End - Start).Ticks / Period.Ticks);
}

/// <summary>Every series collected for one scope, looked up by spec.</summary>
public sealed class MetricSet
{
    private readonly Dictionary<string, MetricSeries> _byKey;

    [JsonConstructor]
    public MetricSet(IReadOnlyList<MetricSeries> series)
    {
        Series = series;
        _byKey = new Dictionary<string, MetricSeries>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            _byKey[s.Spec.Key] = s;
        }
    }

    public static MetricSet Empty { get; } = new([]);

    public IReadOnlyList<MetricSeries> Series { get; }

    /// <summary>The series for a spec, or null when it was not requested or not returned.</summary>
    public MetricSeries? Find(MetricSpec spec) => _byKey.GetValueOrDefault(spec.Key);
}
