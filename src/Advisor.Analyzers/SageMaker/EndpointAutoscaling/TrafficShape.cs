namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>The daily swing of a variant's hourly invocations, and the instance-hours a target-tracking policy would shed.</summary>
internal static class TrafficShape
{
    /// <summary>Why: the busy hours of the day, without the one or two spikes every series has.</summary>
    public const double HighPercentile = 95;

    /// <summary>Why: the quiet hours of the night, without the odd empty hour of a deployment.</summary>
    public const double LowPercentile = 5;

    /// <summary>Nearest-rank percentile (0–100] of <paramref name="sorted"/> (ascending, non-empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100d * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>P95 ÷ P5; infinite when the quiet hours are empty but the busy ones are not, 0 when there is no traffic.</summary>
    public static double Swing(double high, double low) =>
        low > 0 ? high / low : high > 0 ? double.PositiveInfinity : 0;

    /// <summary>
    /// Σ over hours of (count − max(min, ⌈count × hour ÷ peak⌉)): the instance-hours a policy scaling in proportion to
    /// traffic, never below <paramref name="minInstances"/>, would not have run.
    /// </summary>
    public static decimal ShedInstanceHours(int count, int minInstances, IReadOnlyList<double> hourly)
    {
        var peak = (decimal)hourly.Max();
        if (peak <= 0)
        {
            return 0;
        }

        var shed = 0m;
        foreach (var value in hourly)
        {
            var needed = (int)Math.Ceiling(count * (decimal)value / peak);
            shed += count - Math.Min(count, Math.Max(minInstances, needed));
        }

        return shed;
    }
}
