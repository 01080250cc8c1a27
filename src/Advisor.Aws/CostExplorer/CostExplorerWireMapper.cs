using System.Globalization;
using System.Net;
using Advisor.Aws.Errors;

namespace Advisor.Aws.CostExplorer;

/// <summary>Turns Cost Explorer wire shapes into the public records: date strings to <see cref="DateOnly"/>, amount strings to <see cref="decimal"/>.</summary>
internal static class CostExplorerWireMapper
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static GetCostAndUsageResponse ToResponse(GetCostAndUsageOutput output)
    {
        const string op = "GetCostAndUsage";
        var results = (output.ResultsByTime ?? throw Invalid(op, "ResultsByTime is missing."))
            .Select(r => r ?? throw Invalid(op, "ResultsByTime holds a null entry."))
            .Select(r => new CostResultByTime(
                ParseDate(op, r.TimePeriod?.Start, "TimePeriod.Start"),
                ParseDate(op, r.TimePeriod?.End, "TimePeriod.End"),
                Metrics(op, r.Total),
                (r.Groups ?? []).Select(g => new CostGroup(
                    (g?.Keys ?? []).Select(k => k ?? string.Empty).ToList(),
                    Metrics(op, g?.Metrics))).ToList(),
                r.Estimated ?? false))
            .ToList();
        var definitions = (output.GroupDefinitions ?? []).Where(d => d is not null).Select(d => d!).ToList();
        return new GetCostAndUsageResponse(results, definitions, string.IsNullOrEmpty(output.NextPageToken) ? null : output.NextPageToken);
    }

    public static GetSavingsPlansPurchaseRecommendationResponse ToResponse(GetSavingsPlansPurchaseRecommendationOutput output)
    {
        const string op = "GetSavingsPlansPurchaseRecommendation";
        var metadata = output.Metadata is { } m
            ? new SavingsPlansRecommendationMetadata(m.RecommendationId, m.GenerationTimestamp, m.AdditionalMetadata)
            : null;
        SavingsPlansPurchaseRecommendationResult? result = null;
        if (output.SavingsPlansPurchaseRecommendation is { } r)
        {
            var details = (r.SavingsPlansPurchaseRecommendationDetails ?? []).Where(d => d is not null).Select(d => ToDetail(op, d!)).ToList();
            result = new SavingsPlansPurchaseRecommendationResult(
                r.AccountScope, r.SavingsPlansType, r.TermInYears, r.PaymentOption, r.LookbackPeriodInDays, details,
                r.SavingsPlansPurchaseRecommendationSummary is { } s ? ToSummary(op, s) : null);
        }

        return new GetSavingsPlansPurchaseRecommendationResponse(metadata, result, string.IsNullOrEmpty(output.NextPageToken) ? null : output.NextPageToken);
    }

    private static SavingsPlansRecommendationDetail ToDetail(string op, SavingsPlansDetailWire d) => new()
    {
        Region = d.SavingsPlansDetails?.Region,
        InstanceFamily = d.SavingsPlansDetails?.InstanceFamily,
        OfferingId = d.SavingsPlansDetails?.OfferingId,
        AccountId = d.AccountId,
        CurrencyCode = d.CurrencyCode,
        UpfrontCost = Amount(op, d.UpfrontCost, "UpfrontCost"),
        EstimatedRoi = Amount(op, d.EstimatedROI, "EstimatedROI"),
        EstimatedSpCost = Amount(op, d.EstimatedSPCost, "EstimatedSPCost"),
        EstimatedOnDemandCost = Amount(op, d.EstimatedOnDemandCost, "EstimatedOnDemandCost"),
        EstimatedOnDemandCostWithCurrentCommitment = Amount(op, d.EstimatedOnDemandCostWithCurrentCommitment, "EstimatedOnDemandCostWithCurrentCommitment"),
        EstimatedSavingsAmount = Amount(op, d.EstimatedSavingsAmount, "EstimatedSavingsAmount"),
        EstimatedSavingsPercentage = Amount(op, d.EstimatedSavingsPercentage, "EstimatedSavingsPercentage"),
        HourlyCommitmentToPurchase = Amount(op, d.HourlyCommitmentToPurchase, "HourlyCommitmentToPurchase"),
        EstimatedAverageUtilization = Amount(op, d.EstimatedAverageUtilization, "EstimatedAverageUtilization"),
        EstimatedMonthlySavingsAmount = Amount(op, d.EstimatedMonthlySavingsAmount, "EstimatedMonthlySavingsAmount"),
        CurrentMinimumHourlyOnDemandSpend = Amount(op, d.CurrentMinimumHourlyOnDemandSpend, "CurrentMinimumHourlyOnDemandSpend"),
        CurrentMaximumHourlyOnDemandSpend = Amount(op, d.CurrentMaximumHourlyOnDemandSpend, "CurrentMaximumHourlyOnDemandSpend"),
        CurrentAverageHourlyOnDemandSpend = Amount(op, d.CurrentAverageHourlyOnDemandSpend, "CurrentAverageHourlyOnDemandSpend"),
        RecommendationDetailId = d.RecommendationDetailId,
    };

    private static SavingsPlansRecommendationSummary ToSummary(string op, SavingsPlansSummaryWire s) => new()
    {
        CurrencyCode = s.CurrencyCode,
        EstimatedRoi = Amount(op, s.EstimatedROI, "EstimatedROI"),
        EstimatedTotalCost = Amount(op, s.EstimatedTotalCost, "EstimatedTotalCost"),
        CurrentOnDemandSpend = Amount(op, s.CurrentOnDemandSpend, "CurrentOnDemandSpend"),
        EstimatedSavingsAmount = Amount(op, s.EstimatedSavingsAmount, "EstimatedSavingsAmount"),
        TotalRecommendationCount = Amount(op, s.TotalRecommendationCount, "TotalRecommendationCount") is { } n ? (int)n : null,
        DailyCommitmentToPurchase = Amount(op, s.DailyCommitmentToPurchase, "DailyCommitmentToPurchase"),
        HourlyCommitmentToPurchase = Amount(op, s.HourlyCommitmentToPurchase, "HourlyCommitmentToPurchase"),
        EstimatedSavingsPercentage = Amount(op, s.EstimatedSavingsPercentage, "EstimatedSavingsPercentage"),
        EstimatedMonthlySavingsAmount = Amount(op, s.EstimatedMonthlySavingsAmount, "EstimatedMonthlySavingsAmount"),
        EstimatedOnDemandCostWithCurrentCommitment = Amount(op, s.EstimatedOnDemandCostWithCurrentCommitment, "EstimatedOnDemandCostWithCurrentCommitment"),
    };

    private static Dictionary<string, CostMetricValue> Metrics(string op, Dictionary<string, MetricValueWire?>? metrics)
    {
        var result = new Dictionary<string, CostMetricValue>(StringComparer.Ordinal);
        foreach (var (name, value) in metrics ?? [])
        {
            result[name] = new CostMetricValue(Amount(op, value?.Amount, $"{name}.Amount") ?? 0m, value?.Unit ?? string.Empty);
        }

        return result;
    }

    /// <summary>
    /// A decimal string such as "39.1603300457". Why: Cost Explorer writes tiny amounts in exponent form (e.g. "1.2E-7"),
    /// so the exponent is allowed; an empty string means "not given".
    /// </summary>
    internal static decimal? Amount(string op, string? text, string member)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(op, $"{member} \"{text}\" is not a decimal number.");
    }

    /// <summary>"yyyy-MM-dd", optionally followed by "THH:mm:ssZ" (the time part is ignored: periods are whole days).</summary>
    private static DateOnly ParseDate(string op, string? text, string member)
    {
        // Why: the date part is always the first ten characters of either form.
        if (text is null || text.Length < 10
            || !DateOnly.TryParseExact(text[..10], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid(op, $"{member} \"{text}\" is not a yyyy-MM-dd date.");
        }

        return date;
    }

    private static AwsInvalidResponseException Invalid(string op, string message) =>
        new(new AwsErrorDetails("CostExplorer", op, "InvalidResponse", $"CostExplorer {op} returned an invalid response: {message}", null, HttpStatusCode.OK));
}
