namespace Advisor.Core.Snapshots;

/// <summary>One Cost Explorer group for one day: service × usage type, unblended cost and usage quantity.</summary>
public sealed record DailyCost(DateOnly Date, string Service, string UsageType, decimal UnblendedCost, decimal UsageQuantity, string UsageUnit);

/// <summary>Cost Explorer's SageMaker Savings Plans purchase recommendation (GetSavingsPlansPurchaseRecommendation, SAGEMAKER_SP).</summary>
public sealed record SavingsPlanRecommendation
{
    public required string Term { get; init; }
    public required string PaymentOption { get; init; }
    public required int LookbackDays { get; init; }
    public decimal HourlyCommitment { get; init; }
    public decimal EstimatedMonthlySavings { get; init; }
    public decimal EstimatedSavingsPercentage { get; init; }
    public decimal EstimatedOnDemandCost { get; init; }
    public decimal CurrentAverageHourlyOnDemandSpend { get; init; }
}

/// <summary>What Cost Explorer said about a scope's ML spend, with when it was fetched (results are cached; each call costs $0.01).</summary>
public sealed record CostData
{
    public required DateTimeOffset FetchedAt { get; init; }
    public required DateOnly Start { get; init; }

    /// <summary>Exclusive end date.</summary>
    public required DateOnly End { get; init; }
    public IReadOnlyList<DailyCost> Daily { get; init; } = [];
    public SavingsPlanRecommendation? SavingsPlan { get; init; }

    /// <summary>True when served from the cache rather than fetched in this cycle.</summary>
    public bool FromCache { get; init; }
}
