using System.Collections;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Hourly values stored as one <c>double[]</c> with NaN for a gap, exposed as nullable values
/// (8 bytes a point, no per-point objects: a 5,000-endpoint estate stays in memory comfortably).
/// </summary>
internal sealed class HourlyValues(double[] values) : IReadOnlyList<double?>
{
    public double? this[int index] => double.IsNaN(values[index]) ? null : values[index];

    public int Count => values.Length;

    public IEnumerator<double?> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
