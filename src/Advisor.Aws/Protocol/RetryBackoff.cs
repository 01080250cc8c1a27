namespace Advisor.Aws.Protocol;

/// <summary>Full-jitter exponential backoff of standard retry mode.</summary>
internal static class RetryBackoff
{
    /// <summary>
    /// rand × min(2^(retry-1) × base, max), where <paramref name="retry"/> is 1 for the first retry and
    /// <paramref name="jitter"/> is uniform in [0, 1).
    /// </summary>
    public static TimeSpan Delay(int retry, double jitter, TimeSpan baseDelay, TimeSpan maxBackoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);

        // Why: cap the exponent so 2^(retry-1) cannot overflow before the min() with maxBackoff applies.
        var exponent = Math.Min(retry - 1, 30);
        var ceiling = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxBackoff.Ticks);
        return TimeSpan.FromTicks((long)(Math.Clamp(jitter, 0, 1) * ceiling));
    }
}
