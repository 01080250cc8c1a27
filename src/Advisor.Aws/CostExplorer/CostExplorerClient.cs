using Advisor.Aws.Protocol;

namespace Advisor.Aws.CostExplorer;

/// <summary>
/// <see cref="ICostExplorerApi"/> over awsJson1_1 (target <c>AWSInsightsIndexService</c>, signing name <c>ce</c>, always us-east-1).
/// Inputs are checked before anything is sent, because every request costs money.
/// </summary>
public sealed class CostExplorerClient(AwsJsonClient client) : ICostExplorerApi
{
    /// <summary>Why: the API's Granularity enum.</summary>
    private static readonly HashSet<string> Granularities = new(StringComparer.Ordinal) { "DAILY", "MONTHLY", "HOURLY" };

    /// <summary>Why: the metric names GetCostAndUsage accepts (aws-wire §2.1); anything else is a ValidationException after a billed call.</summary>
    private static readonly HashSet<string> MetricNames = new(StringComparer.Ordinal)
    {
        "AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost", "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity",
    };

    private readonly AwsJsonClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc />
    public async Task<GetCostAndUsageResponse> GetCostAndUsageAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var input = new GetCostAndUsageInput(
            new DateIntervalWire(CostExplorerWireMapper.FormatDate(request.Start), CostExplorerWireMapper.FormatDate(request.End)),
            request.Granularity,
            request.Metrics,
            request.Filter,
            request.GroupBy.Count == 0 ? null : request.GroupBy,
            request.NextPageToken);
        var output = await _client.InvokeAsync<GetCostAndUsageInput, GetCostAndUsageOutput>("GetCostAndUsage", input, cancellationToken);
        return CostExplorerWireMapper.ToResponse(output);
    }

    /// <inheritdoc />
    public async Task<GetSavingsPlansPurchaseRecommendationResponse> GetSavingsPlansPurchaseRecommendationAsync(
        GetSavingsPlansPurchaseRecommendationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SavingsPlansType, nameof(request.SavingsPlansType));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TermInYears, nameof(request.TermInYears));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PaymentOption, nameof(request.PaymentOption));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.LookbackPeriodInDays, nameof(request.LookbackPeriodInDays));
        var input = new GetSavingsPlansPurchaseRecommendationInput(
            request.SavingsPlansType, request.TermInYears, request.PaymentOption, request.LookbackPeriodInDays, request.AccountScope, request.NextPageToken);
        var output = await _client.InvokeAsync<GetSavingsPlansPurchaseRecommendationInput, GetSavingsPlansPurchaseRecommendationOutput>(
            "GetSavingsPlansPurchaseRecommendation", input, cancellationToken);
        return CostExplorerWireMapper.ToResponse(output);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming what is wrong with a GetCostAndUsage request.</summary>
    internal static void Validate(GetCostAndUsageRequest request)
    {
        if (request.End <= request.Start)
        {
            throw new ArgumentException(
                $"GetCostAndUsage End ({request.End:yyyy-MM-dd}) must be after Start ({request.Start:yyyy-MM-dd}); End is exclusive.", nameof(request));
        }

        if (!Granularities.Contains(request.Granularity ?? string.Empty))
        {
            throw new ArgumentException($"GetCostAndUsage Granularity must be DAILY, MONTHLY or HOURLY, not \"{request.Granularity}\".", nameof(request));
        }

        if (request.Metrics is null || request.Metrics.Count == 0)
        {
            throw new ArgumentException("GetCostAndUsage needs at least one metric (e.g. UnblendedCost).", nameof(request));
        }

        if (request.Metrics.FirstOrDefault(m => !MetricNames.Contains(m)) is { } unknown)
        {
            throw new ArgumentException($"GetCostAndUsage metric \"{unknown}\" is unknown; use one of {string.Join(", ", MetricNames)}.", nameof(request));
        }

        // Why: the API accepts at most two GroupBy definitions.
        if (request.GroupBy.Count > 2)
        {
            throw new ArgumentException($"GetCostAndUsage accepts at most 2 GroupBy definitions, got {request.GroupBy.Count}.", nameof(request));
        }

        request.Filter?.Validate();
    }
}
