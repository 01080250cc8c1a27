namespace Advisor.Aws.Protocol;

/// <summary>How the clients retry (the names follow the AWS SDKs' retry modes).</summary>
public enum AwsRetryMode
{
    /// <summary>AWS standard mode: bounded attempts, jittered backoff, a retry token bucket for every retryable error.</summary>
    Standard,

    /// <summary>
    /// Standard mode, plus for throttling: up to <see cref="AwsRetryOptions.MaxThrottleAttempts"/> attempts that do not drain the retry
    /// bucket, and a client-wide pause after each throttle so concurrent callers slow down together instead of hammering the API.
    /// </summary>
    Adaptive,
}

/// <summary>Retry settings (aws-wire.md §3.2). The defaults are AWSSDK.Core's standard mode.</summary>
public sealed class AwsRetryOptions
{
    /// <summary>Standard (the SDK default) or Adaptive (recommended for a daemon that scans many resources under shared quotas).</summary>
    public AwsRetryMode Mode { get; init; } = AwsRetryMode.Standard;

    /// <summary>
    /// Adaptive mode only: attempts in total for a call that keeps being throttled.
    /// Why: at a 30% throttle rate three attempts still lose 2.7% of calls; ten lose about one in 170,000.
    /// </summary>
    public int MaxThrottleAttempts { get; init; } = 10;

    /// <summary>Attempts in total, first one included. Why: AWSSDK.Core standard mode is MaxErrorRetry = 2, i.e. 3 attempts.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Backoff base. Why: standard mode waits rand(0,1) × min(2^(retry-1) × 1 s, 20 s).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Backoff cap. Why: standard mode caps a single wait at 20 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retry token bucket capacity. Why: standard mode's 500 tokens stop retry storms when a service is down.</summary>
    public int TokenBucketCapacity { get; init; } = 500;

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxAttempts is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts must be between 1 and 20.");
        }

        if (MaxThrottleAttempts < MaxAttempts || MaxThrottleAttempts > 50)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxThrottleAttempts), MaxThrottleAttempts, "MaxThrottleAttempts must be between MaxAttempts and 50.");
        }

        if (BaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, "BaseDelay must not be negative.");
        }

        if (MaxBackoff < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, "MaxBackoff must not be negative.");
        }

        if (TokenBucketCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TokenBucketCapacity), TokenBucketCapacity, "TokenBucketCapacity must not be negative.");
        }
    }
}
