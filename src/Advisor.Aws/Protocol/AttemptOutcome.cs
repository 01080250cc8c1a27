using Advisor.Aws.Errors;

namespace Advisor.Aws.Protocol;

/// <summary>What one HTTP attempt produced: a success body, an AWS error answer, or a network failure.</summary>
internal sealed record AttemptOutcome(byte[]? Body, string? RequestId, AwsErrorDetails? Error, Exception? NetworkError)
{
    public static AttemptOutcome Success(byte[] body, string? requestId) => new(body, requestId, null, null);

    public static AttemptOutcome Failure(AwsErrorDetails error) => new(null, error.RequestId, error, null);

    public static AttemptOutcome Network(Exception error) => new(null, null, null, error);

    /// <summary>Whether standard mode retries this outcome.</summary>
    public bool Retryable => NetworkError is not null || (Error is not null && AwsErrorClassifier.IsRetryable(Error.ErrorCode, Error.HttpStatus));

    /// <summary>Whether it was a timeout (a dearer retry).</summary>
    public bool IsTimeout =>
        NetworkError is TimeoutException or TaskCanceledException || (Error is not null && AwsErrorClassifier.IsTimeout(Error.ErrorCode));

    /// <summary>Whether AWS said "slow down" (a throttling code or HTTP 429).</summary>
    public bool IsThrottling =>
        Error is not null && (AwsErrorClassifier.IsThrottling(Error.ErrorCode) || Error.HttpStatus == System.Net.HttpStatusCode.TooManyRequests);

    /// <summary>The code to log: the AWS error code or the network exception's type.</summary>
    public string ErrorCode => Error?.ErrorCode ?? NetworkError?.GetType().Name ?? "Unknown";
}
