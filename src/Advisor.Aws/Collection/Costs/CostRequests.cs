using Advisor.Aws.CostExplorer;

namespace Advisor.Aws.Collection.Costs;

/// <summary>The two Cost Explorer requests a cost collection makes per account and day, and the names they use.</summary>
public static class CostRequests
{
    /// <summary>Cost Explorer's SERVICE value for SageMaker.</summary>
    public const string SageMakerService = "Amazon SageMaker";

    /// <summary>Cost Explorer's SERVICE value for EC2 instance usage.</summary>
    public const string Ec2ComputeService = "Amazon Elastic Compute Cloud - Compute";

    /// <summary>Why: Cost Explorer charges $0.01 per request (and per page), the figure logged and reported with each fetch.</summary>
    public const decimal UsdPerRequest = 0.01m;

    /// <summary>DAILY UnblendedCost + UsageQuantity for SageMaker and EC2 compute, grouped by SERVICE and USAGE_TYPE, Start inclusive, End exclusive.</summary>
    public static GetCostAndUsageRequest DailyMlSpend(DateOnly start, DateOnly end) => new()
    {
        Start = start,
        End = end,
        Granularity = "DAILY",
        Metrics = ["UnblendedCost", "UsageQuantity"],
        Filter = CostExpression.Dimension("SERVICE", SageMakerService, Ec2ComputeService),
        GroupBy = [GroupDefinition.Dimension("SERVICE"), GroupDefinition.Dimension("USAGE_TYPE")],
    };

    /// <summary>SageMaker Savings Plans, one year, no upfront, from the last thirty days.</summary>
    public static GetSavingsPlansPurchaseRecommendationRequest SageMakerSavingsPlan() =>
        new("SAGEMAKER_SP", "ONE_YEAR", "NO_UPFRONT", "THIRTY_DAYS");
}
