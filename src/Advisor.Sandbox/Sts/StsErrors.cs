using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Sts;

/// <summary>STS's error answers (awsQuery <c>ErrorResponse</c>).</summary>
internal static class StsErrors
{
    /// <summary>Why: STS answers a refused AssumeRole with 403 AccessDenied, naming the caller, the action and the role.</summary>
    public static SandboxApiException AccessDenied(string caller, string roleArn, string reason) => new(
        403, "AccessDenied", $"User: {caller} is not authorized to perform: sts:AssumeRole on resource: {roleArn} ({reason})");

    public static SandboxApiException Validation(string message) => new(400, "ValidationError", message);

    public static SandboxApiException InvalidAction(string operation) =>
        new(400, "InvalidAction", $"Could not find operation {operation} for version 2011-06-15");

    public static SandboxApiException ExpiredToken() =>
        new(400, "ExpiredTokenException", "The security token included in the request is expired", "ExpiredToken");
}
