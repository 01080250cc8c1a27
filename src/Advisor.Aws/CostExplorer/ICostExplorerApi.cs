namespace Advisor.Aws.CostExplorer;

/// <summary>
/// The Cost Explorer operations the advisor uses (awsJson1_1, target prefix <c>AWSInsightsIndexService</c>, signed <c>ce</c> in us-east-1).
/// Every request is billed ($0.01 per request, per page): callers cache the results.
/// </summary>
public interface ICostExplorerApi
{
    /// <summary>One page of GetCostAndUsage. Follow <see cref="GetCostAndUsageResponse.NextPageToken"/> with otherwise identical parameters.</summary>
    Task<GetCostAndUsageResponse> GetCostAndUsageAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken = default);

    /// <summary>GetSavingsPlansPurchaseRecommendation (e.g. <c>SAGEMAKER_SP</c>).</summary>
    Task<GetSavingsPlansPurchaseRecommendationResponse> GetSavingsPlansPurchaseRecommendationAsync(
        GetSavingsPlansPurchaseRecommendationRequest request, CancellationToken cancellationToken = default);
}

/// <summary>GetCostAndUsage input. <see cref="Start"/> is inclusive and <see cref="End"/> exclusive (sent as <c>yyyy-MM-dd</c>).</summary>
public sealed record GetCostAndUsageRequest
{
    public required DateOnly Start { get; init; }

    /// <summary>Exclusive end date.</summary>
    public required DateOnly End { get; init; }

    /// <summary>DAILY, MONTHLY or HOURLY.</summary>
    public required string Granularity { get; init; }

    /// <summary>Metric names, e.g. UnblendedCost, UsageQuantity.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Optional filter; every expression node has exactly one root.</summary>
    public CostExpression? Filter { get; init; }

    /// <summary>At most two group definitions.</summary>
    public IReadOnlyList<GroupDefinition> GroupBy { get; init; } = [];

    public string? NextPageToken { get; init; }
}

/// <summary>A GroupBy entry: Type DIMENSION, TAG or COST_CATEGORY and its key (e.g. SERVICE, USAGE_TYPE).</summary>
public sealed record GroupDefinition(string Type, string Key)
{
    /// <summary>A DIMENSION group.</summary>
    public static GroupDefinition Dimension(string key) => new("DIMENSION", key);
}

/// <summary>GetCostAndUsage output (one page).</summary>
public sealed record GetCostAndUsageResponse(
    IReadOnlyList<CostResultByTime> ResultsByTime, IReadOnlyList<GroupDefinition> GroupDefinitions, string? NextPageToken);

/// <summary>One time period. With GroupBy, <see cref="Total"/> is usually empty and the groups carry the amounts.</summary>
public sealed record CostResultByTime(
    DateOnly Start,
    DateOnly End,
    IReadOnlyDictionary<string, CostMetricValue> Total,
    IReadOnlyList<CostGroup> Groups,
    bool Estimated);

/// <summary>One group: its keys (one per GroupBy, TAG keys as <c>key$value</c>) and metric values.</summary>
public sealed record CostGroup(IReadOnlyList<string> Keys, IReadOnlyDictionary<string, CostMetricValue> Metrics);

/// <summary>A metric amount (sent by AWS as a decimal string) and its unit (USD, Hrs, N/A).</summary>
public sealed record CostMetricValue(decimal Amount, string Unit);
