using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Ec2;

/// <summary>EC2's error codes (ec2Query errors are written as <c>&lt;Response&gt;&lt;Errors&gt;</c> by the response writer).</summary>
internal static class Ec2Errors
{
    public static SandboxApiException InvalidParameterValue(string message) => new(400, "InvalidParameterValue", message);

    public static SandboxApiException InvalidAction(string operation) =>
        new(400, "InvalidAction", $"The action {operation} is not valid for this web service.");

    public static SandboxApiException InvalidInstanceType(IEnumerable<string> types) =>
        new(400, "InvalidInstanceType", "The following supplied instance types do not exist: [" + string.Join(", ", types) + "]");

    public static SandboxApiException InstanceNotFound(string id) =>
        new(400, "InvalidInstanceID.NotFound", $"The instance ID '{id}' does not exist");

    public static SandboxApiException IncorrectInstanceState(string id, string state, string operation) =>
        new(400, "IncorrectInstanceState", $"The instance '{id}' is not in a state from which it can be {(operation == "StopInstances" ? "stopped" : "started")} (current state: {state}).");

    public static SandboxApiException MissingParameter(string message) => new(400, "MissingParameter", message);

    /// <summary>Why: EC2 throttles with RequestLimitExceeded and HTTP 503, not the 400 ThrottlingException of JSON services.</summary>
    public static SandboxApiException RequestLimitExceeded() => new(503, "RequestLimitExceeded", "Request limit exceeded.");

    public static SandboxApiException InternalError() =>
        new(500, "InternalError", "An internal error has occurred (injected by the sandbox).", receiverFault: true);
}
