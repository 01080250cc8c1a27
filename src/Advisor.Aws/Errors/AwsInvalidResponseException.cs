namespace Advisor.Aws.Errors;

/// <summary>The service answered with a body the client cannot read (not JSON, or a required member missing).</summary>
public sealed class AwsInvalidResponseException : AwsServiceException
{
    public AwsInvalidResponseException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
