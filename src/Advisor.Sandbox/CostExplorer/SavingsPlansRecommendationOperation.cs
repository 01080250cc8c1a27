using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>
/// GetSavingsPlansPurchaseRecommendation computed from the ledger, with a documented formula (an assumption, not AWS's model):
/// <list type="number">
/// <item>Hourly on-demand spend of each look-back day = that day's eligible spend / 24 (SAGEMAKER_SP: SageMaker lines; COMPUTE_SP and
/// EC2_INSTANCE_SP: EC2 lines). The look-back days are the whole days before the estate's today.</item>
/// <item>The plan covers the floor: commitment C = min hourly spend × r, rounded down to $0.001 (Savings Plans commit in $0.001/h steps),
/// where r is the SP rate ratio (SP price / on-demand price) of <see cref="RateRatio"/>. Covering only the floor keeps utilisation at 100%.</item>
/// <item>Over the look-back hours H: covered on-demand = (C / r) × H; SP cost = C × H; savings = covered − SP cost;
/// remaining on-demand = total − covered; monthly savings = (C / r − C) × 730.</item>
/// </list>
/// When the floor is zero (a day without eligible spend) the answer has no details (nothing to recommend), as AWS does.
/// </summary>
internal sealed class SavingsPlansRecommendationOperation(CostLedger ledger)
{
    /// <summary>Why: AWS's monthly figure uses 730 hours (8,760 / 12).</summary>
    private const decimal HoursPerMonth = 730m;

    public byte[] Handle(JsonElement input)
    {
        var type = Required(input, "SavingsPlansType", "COMPUTE_SP", "EC2_INSTANCE_SP", "SAGEMAKER_SP", "DATABASE_SP");
        var term = Required(input, "TermInYears", "ONE_YEAR", "THREE_YEARS");
        var payment = Required(input, "PaymentOption", "NO_UPFRONT", "PARTIAL_UPFRONT", "ALL_UPFRONT");
        var lookback = Required(input, "LookbackPeriodInDays", "SEVEN_DAYS", "THIRTY_DAYS", "SIXTY_DAYS");
        var scope = JsonInput.String(input, "AccountScope") ?? "PAYER";
        var days = lookback switch { "SEVEN_DAYS" => 7, "THIRTY_DAYS" => 30, _ => 60 };
        var service = type == "SAGEMAKER_SP" ? CostLedger.SageMakerService : type == "DATABASE_SP" ? "none" : CostLedger.Ec2Service;
        var daily = Enumerable.Range(1, days)
            .Select(i => ledger.LinesOf(ledger.Today.AddDays(-i)).Where(l => l.Service == service).Sum(l => l.Cost))
            .ToList();
        var hourly = daily.Select(d => d / 24m).ToList();
        var (min, max, hours) = (hourly.Min(), hourly.Max(), days * 24m);
        var total = daily.Sum();
        var ratio = RateRatio(term, payment);
        var commitment = Math.Floor(min * ratio * 1000m) / 1000m;

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("Metadata");
            w.WriteString("RecommendationId", DeterministicId(type, term, payment, lookback, ledger.Today));
            w.WriteString("GenerationTimestamp", ledger.Estate.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("AdditionalMetadata", string.Create(CultureInfo.InvariantCulture, $"sandbox: commitment = min hourly spend x SP rate ratio {ratio}"));
            w.WriteEndObject();
            w.WriteStartObject("SavingsPlansPurchaseRecommendation");
            w.WriteString("AccountScope", scope);
            w.WriteString("SavingsPlansType", type);
            w.WriteString("TermInYears", term);
            w.WriteString("PaymentOption", payment);
            w.WriteString("LookbackPeriodInDays", lookback);
            w.WriteStartArray("SavingsPlansPurchaseRecommendationDetails");
            if (commitment > 0m)
            {
                var covered = commitment / ratio * hours;
                var spCost = commitment * hours;
                var savings = covered - spCost;
                var upfront = payment switch
                {
                    "ALL_UPFRONT" => commitment * 8760m * Years(term),
                    "PARTIAL_UPFRONT" => commitment * 8760m * Years(term) / 2m,
                    _ => 0m,
                };
                var monthly = (commitment / ratio - commitment) * HoursPerMonth;
                w.WriteStartObject();
                w.WriteStartObject("SavingsPlansDetails");
                w.WriteString("Region", string.Empty);
                w.WriteString("InstanceFamily", string.Empty);
                w.WriteString("OfferingId", DeterministicId("offering", type, term, payment, ledger.Today));
                w.WriteEndObject();
                Str(w, "AccountId", ledger.Estate.AccountId);
                Num(w, "UpfrontCost", upfront);
                Num(w, "EstimatedROI", savings / spCost * 100m);
                Str(w, "CurrencyCode", "USD");
                Num(w, "EstimatedSPCost", spCost);
                Num(w, "EstimatedOnDemandCost", total - covered);
                Num(w, "EstimatedOnDemandCostWithCurrentCommitment", total);
                Num(w, "EstimatedSavingsAmount", savings);
                Num(w, "EstimatedSavingsPercentage", savings / total * 100m);
                Num(w, "HourlyCommitmentToPurchase", commitment);
                Num(w, "EstimatedAverageUtilization", 100m);
                Num(w, "EstimatedMonthlySavingsAmount", monthly);
                Num(w, "CurrentMinimumHourlyOnDemandSpend", min);
                Num(w, "CurrentMaximumHourlyOnDemandSpend", max);
                Num(w, "CurrentAverageHourlyOnDemandSpend", total / hours);
                Str(w, "RecommendationDetailId", DeterministicId("detail", type, term, payment, ledger.Today));
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("SavingsPlansPurchaseRecommendationSummary");
                Num(w, "EstimatedROI", savings / spCost * 100m);
                Str(w, "CurrencyCode", "USD");
                Num(w, "EstimatedTotalCost", spCost + (total - covered));
                Num(w, "CurrentOnDemandSpend", total);
                Num(w, "EstimatedSavingsAmount", savings);
                Str(w, "TotalRecommendationCount", "1");
                Num(w, "DailyCommitmentToPurchase", commitment * 24m);
                Num(w, "HourlyCommitmentToPurchase", commitment);
                Num(w, "EstimatedSavingsPercentage", savings / total * 100m);
                Num(w, "EstimatedMonthlySavingsAmount", monthly);
                Num(w, "EstimatedOnDemandCostWithCurrentCommitment", total);
                w.WriteEndObject();
            }
            else
            {
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// SP price ÷ on-demand price, an assumption within the public 0.64–0.80 range (pricing-notes §5: "up to 64% off", real plans 20–65%):
    /// one year 0.80 / 0.77 / 0.75 and three years 0.68 / 0.66 / 0.64 for no / partial / all upfront.
    /// </summary>
    public static decimal RateRatio(string term, string payment) => (term, payment) switch
    {
        ("ONE_YEAR", "NO_UPFRONT") => 0.80m,
        ("ONE_YEAR", "PARTIAL_UPFRONT") => 0.77m,
        ("ONE_YEAR", _) => 0.75m,
        (_, "NO_UPFRONT") => 0.68m,
        (_, "PARTIAL_UPFRONT") => 0.66m,
        _ => 0.64m,
    };

    private static decimal Years(string term) => term == "THREE_YEARS" ? 3m : 1m;

    private static void Num(Utf8JsonWriter w, string name, decimal value) => w.WriteString(name, GetCostAndUsageOperation.Amount(value));

    private static void Str(Utf8JsonWriter w, string name, string value) => w.WriteString(name, value);

    private static string Required(JsonElement input, string member, params string[] allowed)
    {
        var value = JsonInput.String(input, member) ?? throw CostExplorerErrors.Validation($"{member} is required.");
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw CostExplorerErrors.Validation($"{member} '{value}' is invalid; use one of {string.Join(", ", allowed)}.");
    }

    private static string DeterministicId(params object[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
