using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>
/// The Cost Explorer operations of the sandbox (awsJson1_1, <c>AWSInsightsIndexService</c>): GetCostAndUsage and
/// GetSavingsPlansPurchaseRecommendation, both computed from the estate's resources and the bundled prices (<see cref="CostLedger"/>).
/// </summary>
internal sealed class CostExplorerService(SandboxEstate estate, BillingHistory history) : ISandboxApi
{
    private readonly CostLedger _ledger = new(estate, history);

    public SandboxService Service => SandboxService.CostExplorer;

    public byte[] Handle(ApiCall call)
    {
        using var document = JsonInput.Parse(call.Body);
        var input = document.RootElement;
        try
        {
            return call.Operation switch
            {
                "GetCostAndUsage" => new GetCostAndUsageOperation(_ledger).Handle(input),
                "GetSavingsPlansPurchaseRecommendation" => new SavingsPlansRecommendationOperation(_ledger).Handle(input),
                _ => throw ApiErrors.UnknownOperation(call.Protocol, call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw CostExplorerErrors.Validation(ex.Message);
        }
    }
}
