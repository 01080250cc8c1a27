using System.Net;

namespace Advisor.Aws.Errors;

/// <summary>
/// An error answer from an AWS service (or a response the client could not read), with what AWS said about it.
/// Catch the sealed subclasses to act on the kind of failure. Messages never contain credentials.
/// </summary>
public abstract class AwsServiceException : Exception
{
    protected AwsServiceException(AwsErrorDetails details, Exception? innerException = null)
        : base(details.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        ErrorCode = details.ErrorCode;
        RequestId = details.RequestId;
        HttpStatus = details.HttpStatus;
        Service = details.Service;
        Operation = details.Operation;
    }

    /// <summary>The AWS error code with any namespace prefix and suffix removed, e.g. <c>ThrottlingException</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The <c>x-amzn-RequestId</c> of the failing response, when AWS sent one.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP status of the failing response.</summary>
    public HttpStatusCode HttpStatus { get; }

    /// <summary>The service name, e.g. <c>SageMaker</c>.</summary>
    public string Service { get; }

    /// <summary>The operation name, e.g. <c>ListEndpoints</c>.</summary>
    public string Operation { get; }
}
