namespace Advisor.Aws.CostExplorer;

// The JSON shapes on the wire (member names exactly as in the Cost Explorer model, 2017-10-25). Dates and every
// amount are strings; output members are nullable and checked by the mapper, which names any missing one.

internal sealed record DateIntervalWire(string? Start, string? End);

internal sealed record GetCostAndUsageInput(
    DateIntervalWire TimePeriod,
    string Granularity,
    IReadOnlyList<string> Metrics,
    CostExpression? Filter,
    IReadOnlyList<GroupDefinition>? GroupBy,
    string? NextPageToken);

internal sealed record GetCostAndUsageOutput(
    List<ResultByTimeWire?>? ResultsByTime, List<GroupDefinition?>? GroupDefinitions, string? NextPageToken);

internal sealed record ResultByTimeWire(
    DateIntervalWire? TimePeriod, Dictionary<string, MetricValueWire?>? Total, List<GroupWire?>? Groups, bool? Estimated);

internal sealed record GroupWire(List<string?>? Keys, Dictionary<string, MetricValueWire?>? Metrics);

internal sealed record MetricValueWire(string? Amount, string? Unit);

internal sealed record GetSavingsPlansPurchaseRecommendationInput(
    string SavingsPlansType, string TermInYears, string PaymentOption, string LookbackPeriodInDays, string? AccountScope, string? NextPageToken);

internal sealed record GetSavingsPlansPurchaseRecommendationOutput(
    SavingsPlansMetadataWire? Metadata, SavingsPlansPurchaseRecommendationWire? SavingsPlansPurchaseRecommendation, string? NextPageToken);

internal sealed record SavingsPlansMetadataWire(string? RecommendationId, string? GenerationTimestamp, string? AdditionalMetadata);

internal sealed record SavingsPlansPurchaseRecommendationWire(
    string? AccountScope,
    string? SavingsPlansType,
    string? TermInYears,
    string? PaymentOption,
    string? LookbackPeriodInDays,
    List<SavingsPlansDetailWire?>? SavingsPlansPurchaseRecommendationDetails,
    SavingsPlansSummaryWire? SavingsPlansPurchaseRecommendationSummary);

internal sealed record SavingsPlansDetailsWire(string? Region, string? InstanceFamily, string? OfferingId);

internal sealed record SavingsPlansDetailWire(
    SavingsPlansDetailsWire? SavingsPlansDetails,
    string? AccountId,
    string? UpfrontCost,
    string? EstimatedROI,
    string? CurrencyCode,
    string? EstimatedSPCost,
    string? EstimatedOnDemandCost,
    string? EstimatedOnDemandCostWithCurrentCommitment,
    string? EstimatedSavingsAmount,
    string? EstimatedSavingsPercentage,
    string? HourlyCommitmentToPurchase,
    string? EstimatedAverageUtilization,
    string? EstimatedMonthlySavingsAmount,
    string? CurrentMinimumHourlyOnDemandSpend,
    string? CurrentMaximumHourlyOnDemandSpend,
    string? CurrentAverageHourlyOnDemandSpend,
    string? RecommendationDetailId);

internal sealed record SavingsPlansSummaryWire(
    string? EstimatedROI,
    string? CurrencyCode,
    string? EstimatedTotalCost,
    string? CurrentOnDemandSpend,
    string? EstimatedSavingsAmount,
    string? TotalRecommendationCount,
    string? DailyCommitmentToPurchase,
    string? HourlyCommitmentToPurchase,
    string? EstimatedSavingsPercentage,
    string? EstimatedMonthlySavingsAmount,
    string? EstimatedOnDemandCostWithCurrentCommitment);
