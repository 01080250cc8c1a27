using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Pricing;

/// <summary>The Price List query API of the sandbox (awsJson1_1, <c>AWSPriceListService</c>): GetProducts over the bundled price table.</summary>
internal sealed class PricingService : ISandboxApi
{
    public SandboxService Service => SandboxService.Pricing;

    public byte[] Handle(ApiCall call)
    {
        using var document = JsonInput.Parse(call.Body);
        try
        {
            return call.Operation switch
            {
                "GetProducts" => GetProductsOperation.Handle(document.RootElement),
                _ => throw ApiErrors.UnknownOperation(call.Protocol, call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw PricingErrors.InvalidParameter(ex.Message);
        }
    }
}
