namespace Advisor.Aws.Errors;

/// <summary>The service rejected the request as invalid (ValidationException, InvalidParameter*, other 4xx answers). Never retried.</summary>
public sealed class AwsValidationException : AwsServiceException
{
    public AwsValidationException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
