namespace Advisor.Aws.Errors;

/// <summary>The service failed (HTTP 5xx, RequestTimeout) on every attempt the retry policy allowed.</summary>
public sealed class AwsServiceErrorException : AwsServiceException
{
    public AwsServiceErrorException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
