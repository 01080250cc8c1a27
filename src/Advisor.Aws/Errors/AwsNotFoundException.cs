namespace Advisor.Aws.Errors;

/// <summary>The named resource does not exist (ResourceNotFound*, or SageMaker's ValidationException "Could not find ..."). Never retried.</summary>
public sealed class AwsNotFoundException : AwsServiceException
{
    public AwsNotFoundException(AwsErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
