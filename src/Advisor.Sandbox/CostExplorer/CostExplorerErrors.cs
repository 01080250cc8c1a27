using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>Cost Explorer's error answers (all modeled errors carry <c>Message</c>).</summary>
internal static class CostExplorerErrors
{
    public static SandboxApiException Validation(string message) => new(400, "ValidationException", message);

    public static SandboxApiException RequestChanged() => new(400, "RequestChangedException",
        "The parameters of this request do not match those of the request that returned the NextPageToken; send identical parameters with it.");

    public static SandboxApiException InvalidNextToken() => new(400, "InvalidNextTokenException", "The pagination token is invalid.");
}
