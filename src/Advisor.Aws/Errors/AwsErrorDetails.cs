using System.Net;

namespace Advisor.Aws.Errors;

/// <summary>What one failing AWS response said: the normalised error code, message, request id and HTTP status.</summary>
public sealed record AwsErrorDetails(
    string Service,
    string Operation,
    string ErrorCode,
    string Message,
    string? RequestId,
    HttpStatusCode HttpStatus);
