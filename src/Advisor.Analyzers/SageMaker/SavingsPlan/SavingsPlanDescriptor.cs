using Advisor.Core.Analysis;

namespace Advisor.Analyzers.SageMaker.SavingsPlan;

/// <summary>The catalogue entry of <c>sagemaker-savings-plan</c>.</summary>
internal static class SavingsPlanDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerSavingsPlanAnalyzer.Id,
        Title = "Steady SageMaker on-demand spend not covered by a SageMaker Savings Plan",
        ResourceType = SavingsPlanRules.ResourceType,
        OptionsSection = SageMakerSavingsPlanOptions.SectionName,
        IamActions =
        [
            "ce:GetCostAndUsage",
            "ce:GetSavingsPlansPurchaseRecommendation",
        ],
        RemediationIamActions =
        [
            "savingsplans:DescribeSavingsPlansOfferings",
            "savingsplans:CreateSavingsPlan",
        ],
        Inputs =
        [
            "Cost Explorer GetCostAndUsage, DAILY, grouped by SERVICE and USAGE_TYPE (Amazon SageMaker rows, UnblendedCost)",
            "Cost Explorer GetSavingsPlansPurchaseRecommendation for SAGEMAKER_SP, one year, no upfront, 30-day look-back",
        ],
        Rule = "Cost Explorer recommends a SageMaker Savings Plan and its monthly savings are above $50 (option). The hourly commitment is "
            + "checked against the hourly spend floor of the daily costs (min over days of SageMaker cost ÷ 24); a commitment above the "
            + "floor is capped at it and the savings scaled by floor ÷ commitment. No Cost Explorer data or fewer than 7 days of rows "
            + "(option): insufficient data.",
        SavingsFormula = "Cost Explorer's estimated monthly savings × min(1, hourly spend floor ÷ hourly commitment), observed net spend",
        Remediation = "Purchase a one-year, no-upfront SageMaker Savings Plan for the (capped) hourly commitment.",
        Rollback = "None: a Savings Plan cannot be cancelled (returns are allowed only within 7 days for small plans); buy at the floor.",
        Rationale = "Spend that never falls below a floor is billed at on-demand rates every hour; a Savings Plan covering that floor "
            + "is fully used and costs up to 64% less.",
    };
}
