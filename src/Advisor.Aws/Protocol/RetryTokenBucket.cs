namespace Advisor.Aws.Protocol;

/// <summary>
/// Standard-mode retry quota: a retry takes tokens, a success gives some back; when the bucket is empty, failures
/// are not retried. Thread-safe; one bucket per service client.
/// </summary>
internal sealed class RetryTokenBucket
{
    /// <summary>Why: standard mode charges 5 tokens per retry.</summary>
    public const int RetryCost = 5;

    /// <summary>Why: standard mode charges 10 tokens per retry after a timeout.</summary>
    public const int TimeoutRetryCost = 10;

    /// <summary>Why: standard mode refunds 1 token for a success that needed no retry.</summary>
    public const int SuccessRefund = 1;

    private readonly Lock _lock = new();
    private readonly int _capacity;
    private int _tokens;

    public RetryTokenBucket(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
        _tokens = capacity;
    }

    public int Available
    {
        get
        {
            lock (_lock)
            {
                return _tokens;
            }
        }
    }

    /// <summary>Takes the cost of one retry; false when the bucket cannot pay for it (do not retry).</summary>
    public bool TryAcquire(int cost)
    {
        lock (_lock)
        {
            if (_tokens < cost)
            {
                return false;
            }

            _tokens -= cost;
            return true;
        }
    }

    /// <summary>Records a success: refunds the last retry's cost when there was one, else <see cref="SuccessRefund"/>.</summary>
    public void OnSuccess(int lastRetryCost)
    {
        lock (_lock)
        {
            _tokens = Math.Min(_capacity, _tokens + (lastRetryCost > 0 ? lastRetryCost : SuccessRefund));
        }
    }
}
