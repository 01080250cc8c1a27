namespace Advisor.Aws.CostExplorer;

/// <summary>
/// GetSavingsPlansPurchaseRecommendation input. Values are the API's enums: SavingsPlansType (COMPUTE_SP, EC2_INSTANCE_SP, SAGEMAKER_SP),
/// TermInYears (ONE_YEAR, THREE_YEARS), PaymentOption (NO_UPFRONT, PARTIAL_UPFRONT, ALL_UPFRONT), LookbackPeriodInDays (SEVEN_DAYS, THIRTY_DAYS, SIXTY_DAYS).
/// </summary>
public sealed record GetSavingsPlansPurchaseRecommendationRequest(
    string SavingsPlansType,
    string TermInYears,
    string PaymentOption,
    string LookbackPeriodInDays,
    string? AccountScope = null,
    string? NextPageToken = null);

/// <summary>GetSavingsPlansPurchaseRecommendation output. <see cref="Recommendation"/> is null when AWS has nothing to recommend.</summary>
public sealed record GetSavingsPlansPurchaseRecommendationResponse(
    SavingsPlansRecommendationMetadata? Metadata,
    SavingsPlansPurchaseRecommendationResult? Recommendation,
    string? NextPageToken);

/// <summary>Metadata: RecommendationId, GenerationTimestamp (an ISO-8601 string), AdditionalMetadata.</summary>
public sealed record SavingsPlansRecommendationMetadata(string? RecommendationId, string? GenerationTimestamp, string? AdditionalMetadata);

/// <summary>The SavingsPlansPurchaseRecommendation member: the echoed parameters, per-plan details and the summary.</summary>
public sealed record SavingsPlansPurchaseRecommendationResult(
    string? AccountScope,
    string? SavingsPlansType,
    string? TermInYears,
    string? PaymentOption,
    string? LookbackPeriodInDays,
    IReadOnlyList<SavingsPlansRecommendationDetail> Details,
    SavingsPlansRecommendationSummary? Summary);

/// <summary>One SavingsPlansPurchaseRecommendationDetail (all amounts arrive as strings; null when AWS left them out).</summary>
public sealed record SavingsPlansRecommendationDetail
{
    public string? Region { get; init; }
    public string? InstanceFamily { get; init; }
    public string? OfferingId { get; init; }
    public string? AccountId { get; init; }
    public string? CurrencyCode { get; init; }
    public decimal? UpfrontCost { get; init; }
    public decimal? EstimatedRoi { get; init; }
    public decimal? EstimatedSpCost { get; init; }
    public decimal? EstimatedOnDemandCost { get; init; }
    public decimal? EstimatedOnDemandCostWithCurrentCommitment { get; init; }
    public decimal? EstimatedSavingsAmount { get; init; }
    public decimal? EstimatedSavingsPercentage { get; init; }
    public decimal? HourlyCommitmentToPurchase { get; init; }
    public decimal? EstimatedAverageUtilization { get; init; }
    public decimal? EstimatedMonthlySavingsAmount { get; init; }
    public decimal? CurrentMinimumHourlyOnDemandSpend { get; init; }
    public decimal? CurrentMaximumHourlyOnDemandSpend { get; init; }
    public decimal? CurrentAverageHourlyOnDemandSpend { get; init; }
    public string? RecommendationDetailId { get; init; }
}

/// <summary>SavingsPlansPurchaseRecommendationSummary (all amounts arrive as strings).</summary>
public sealed record SavingsPlansRecommendationSummary
{
    public string? CurrencyCode { get; init; }
    public decimal? EstimatedRoi { get; init; }
    public decimal? EstimatedTotalCost { get; init; }
    public decimal? CurrentOnDemandSpend { get; init; }
    public decimal? EstimatedSavingsAmount { get; init; }
    public int? TotalRecommendationCount { get; init; }
    public decimal? DailyCommitmentToPurchase { get; init; }
    public decimal? HourlyCommitmentToPurchase { get; init; }
    public decimal? EstimatedSavingsPercentage { get; init; }
    public decimal? EstimatedMonthlySavingsAmount { get; init; }
    public decimal? EstimatedOnDemandCostWithCurrentCommitment { get; init; }
}
