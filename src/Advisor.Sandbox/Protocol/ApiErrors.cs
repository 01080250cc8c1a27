namespace Advisor.Sandbox.Protocol;

/// <summary>The error answers the sandbox gives, with AWS's codes, statuses and (where known) messages.</summary>
internal static class ApiErrors
{
    public static SandboxApiException MissingAuthenticationToken() =>
        new(403, "MissingAuthenticationTokenException", "Missing Authentication Token", "MissingAuthenticationToken");

    public static SandboxApiException IncompleteSignature(string message) =>
        new(400, "IncompleteSignatureException", message, "IncompleteSignature");

    public static SandboxApiException UnrecognizedClient() =>
        new(403, "UnrecognizedClientException", "The security token included in the request is invalid.", "InvalidClientTokenId");

    public static SandboxApiException InvalidSignature(string message) =>
        new(403, "InvalidSignatureException", message, "SignatureDoesNotMatch");

    public static SandboxApiException SignatureMismatch() => InvalidSignature(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. "
        + "Consult the service documentation for details.");

    public static SandboxApiException UnknownOperation(WireProtocol protocol, string operation) => protocol == WireProtocol.AwsQuery
        ? new(400, "InvalidAction", $"Could not find operation {operation} for version 2010-08-01")
        : new(400, "UnknownOperationException", $"The sandbox does not implement operation '{operation}'.", "InvalidAction");

    public static SandboxApiException Serialization(string message) => new(400, "SerializationException", message, "MalformedInput");

    /// <summary>SageMaker's catch-all client error (missing resources, bad members).</summary>
    public static SandboxApiException Validation(string message) => new(400, "ValidationException", message);

    public static SandboxApiException CloudWatchInvalidParameter(string message) =>
        new(400, "InvalidParameterValueException", message, "InvalidParameterValue");

    public static SandboxApiException CloudWatchMissingParameter(string message) =>
        new(400, "MissingRequiredParameterException", message, "MissingParameter");

    /// <summary>Model-constraint violations (e.g. more than 500 queries), which CloudWatch reports as ValidationError.</summary>
    public static SandboxApiException CloudWatchValidationError(string message) => new(400, "ValidationError", message);

    public static SandboxApiException InvalidNextToken(string message) => new(400, "InvalidNextToken", message);

    public static SandboxApiException Throttled(SandboxService service) => service switch
    {
        SandboxService.CloudWatch or SandboxService.Sts => new(400, "Throttling", "Rate exceeded"),
        SandboxService.Ec2 => Ec2.Ec2Errors.RequestLimitExceeded(),
        _ => new(400, "ThrottlingException", "Rate exceeded"),
    };

    public static SandboxApiException Internal(SandboxService service) => service == SandboxService.Ec2
        ? Ec2.Ec2Errors.InternalError()
        : service == SandboxService.CloudWatch
        ? new(500, "InternalServiceFault", "Internal service error (injected by the sandbox).", "InternalServiceError", receiverFault: true)
        : new(500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", receiverFault: true);

    /// <summary>What AWS answers when the caller's policy lacks the action (the message names the action, as AWS's does).</summary>
    public static SandboxApiException AccessDenied(ApiCall call) => new(
        400,
        "AccessDeniedException",
        $"User: arn:aws:iam::123456789012:user/sandbox is not authorized to perform: {ServiceCatalog.Of(call.Service).SigningName}:{call.Operation} "
        + "(denied by a sandbox fault rule)",
        "AccessDenied");

    public static SandboxApiException Unavailable() =>
        new(503, "ServiceUnavailable", "The service is unavailable. Please try again later.", receiverFault: true);
}
