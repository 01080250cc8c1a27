using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Pricing;

/// <summary>The Price List API's modeled errors (all <c>{ "Message" }</c>).</summary>
internal static class PricingErrors
{
    public static SandboxApiException InvalidParameter(string message) => new(400, "InvalidParameterException", message);

    public static SandboxApiException InvalidNextToken() => new(400, "InvalidNextTokenException", "The pagination token is invalid. Try again without a pagination token.");

    public static SandboxApiException NotFound(string message) => new(400, "NotFoundException", message);
}
