namespace Advisor.Aws.Errors;

/// <summary>The service throttled the call (ThrottlingException, Throttling, LimitExceededException, ...) on every attempt the retry policy allowed.</summary>
public sealed class AwsThrottledException : AwsServiceException
{
    public AwsThrottledException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
