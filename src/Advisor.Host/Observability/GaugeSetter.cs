using Prometheus;

namespace Advisor.Host.Observability;

/// <summary>Replaces every series of a gauge at once: sets the new values and removes label sets that are gone (so a resolved count drops to nothing, not to a stale value).</summary>
internal static class GaugeSetter
{
    public static void Replace(Gauge gauge, IReadOnlyDictionary<string, double> values, int labelCount)
    {
        var wanted = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var labels in gauge.GetAllLabelValues().ToList())
        {
            if (!wanted.ContainsKey(Key(labels)))
            {
                gauge.RemoveLabelled(labels);
            }
        }

        foreach (var (key, value) in wanted)
        {
            var labels = key.Split('\u001f');
            if (labels.Length == labelCount)
            {
                gauge.WithLabels(labels).Set(value);
            }
        }
    }

    /// <summary>Why U+001F: a unit separator never appears in an analyzer id, account, region or team.</summary>
    public static string Key(params string[] labels) => string.Join('\u001f', labels);

    public static void Add(Dictionary<string, double> into, double value, params string[] labels)
    {
        var key = Key(labels);
        into[key] = into.GetValueOrDefault(key) + value;
    }
}
