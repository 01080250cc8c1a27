namespace Advisor.Aws.Errors;

/// <summary>The caller is not allowed: AccessDenied*, UnrecognizedClient, InvalidSignature, ExpiredToken and other 401/403 answers. Never retried.</summary>
public sealed class AwsAccessDeniedException : AwsServiceException
{
    public AwsAccessDeniedException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
