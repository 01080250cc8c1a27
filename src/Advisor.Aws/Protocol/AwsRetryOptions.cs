namespace Advisor.Aws.Protocol;

/// <summary>Standard-mode retry settings (aws-wire.md §3.2). The defaults are AWSSDK.Core's.</summary>
public sealed class AwsRetryOptions
{
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
