using System.Collections.Frozen;
using System.Net;

namespace Advisor.Aws.Errors;

/// <summary>
/// Decides what an AWS error code means: retryable throttling or transient failure, or a final typed exception.
/// The code lists follow aws-wire.md §0/§3.2 (AWSSDK.Core 4.0 standard retry mode).
/// </summary>
public static class AwsErrorClassifier
{
    /// <summary>Why: the exact throttling list of AWSSDK.Core 4.0, plus botocore's EC2ThrottledException.</summary>
    private static readonly FrozenSet<string> ThrottlingCodes = FrozenSet.ToFrozenSet(
    [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    ], StringComparer.Ordinal);

    /// <summary>Why: standard mode retries these codes whatever the status (the service timed out reading the request).</summary>
    private static readonly FrozenSet<string> TimeoutCodes = FrozenSet.ToFrozenSet(
        ["RequestTimeout", "RequestTimeoutException"], StringComparer.Ordinal);

    /// <summary>Why: credential and signature failures never succeed on a retry; the operator has to fix access.</summary>
    private static readonly FrozenSet<string> AccessCodes = FrozenSet.ToFrozenSet(
    [
        "UnrecognizedClientException", "UnrecognizedClient", "InvalidSignatureException", "SignatureDoesNotMatch",
        "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "MissingAuthenticationToken",
        "MissingAuthenticationTokenException", "IncompleteSignature", "IncompleteSignatureException", "AuthFailure",
        "NotAuthorized", "UnauthorizedOperation", "OptInRequired",
    ], StringComparer.Ordinal);

    /// <summary>Whether the code is one of the throttling codes.</summary>
    public static bool IsThrottling(string errorCode) => ThrottlingCodes.Contains(errorCode);

    /// <summary>Whether standard retry mode retries this answer (throttling codes or HTTP 429, 500/502/503/504, RequestTimeout).</summary>
    public static bool IsRetryable(string errorCode, HttpStatusCode status) =>
        IsThrottling(errorCode)

        // Why: a bare 429 (e.g. from a proxy or API gateway in front of the endpoint) is throttling even without an AWS code.
        || status == HttpStatusCode.TooManyRequests
        || TimeoutCodes.Contains(errorCode)
        || status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Whether the retry is a timeout retry (it costs more retry tokens).</summary>
    public static bool IsTimeout(string errorCode) => TimeoutCodes.Contains(errorCode);

    /// <summary>The typed exception for a final (not retried, or retries exhausted) error answer.</summary>
    public static AwsServiceException ToException(AwsErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var code = details.ErrorCode;
        var status = (int)details.HttpStatus;
        if (IsThrottling(code) || details.HttpStatus == HttpStatusCode.TooManyRequests)
        {
            return new AwsThrottledException(details);
        }

        if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || AccessCodes.Contains(code) || status is 401 or 403)
        {
            return new AwsAccessDeniedException(details);
        }

        if (IsNotFound(code, details.Message) || status == 404)
        {
            return new AwsNotFoundException(details);
        }

        if (status >= 500 || TimeoutCodes.Contains(code))
        {
            return new AwsServiceErrorException(details);
        }

        return new AwsValidationException(details);
    }

    private static bool IsNotFound(string code, string message) =>
        code.StartsWith("ResourceNotFound", StringComparison.Ordinal)
        || code.EndsWith("NotFoundException", StringComparison.Ordinal)
        || code.EndsWith("NotFound", StringComparison.Ordinal)

        // Why: SageMaker models no not-found error for most Describe calls; it answers ValidationException "Could not find endpoint ...".
        || (code == "ValidationException" && message.StartsWith("Could not find", StringComparison.Ordinal));
}
