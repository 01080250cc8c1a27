using Advisor.Core.Domain;
using Advisor.Sandbox.CostExplorer;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-savings-plan</c> over the final estate (one verdict per account), from the same bill the sandbox's
/// Cost Explorer serves (<see cref="CostLedger"/>) and its documented recommendation formula (<see cref="SavingsPlansRecommendationOperation"/>):
/// CE recommends C = floor₃₀ × r (rounded down to $0.001), monthly savings (C / r − C) × 730, for one year no upfront, 30 days back;
/// the analyzer caps C at the 14-day hourly floor, scales the savings, rounds to the cent and recommends above $50 with ≥ 7 days of rows.
/// </summary>
internal static class SavingsPlanTruth
{
    public const string Analyzer = "sagemaker-savings-plan";

    /// <summary>Why: the collector's defaults: 14 days of daily costs, a 30-day ONE_YEAR NO_UPFRONT recommendation.</summary>
    private const int CostDays = 14;

    private const int RecommendationDays = 30;

    /// <summary>Why: the analyzer's defaults: recommend above $50 a month, with at least 7 days of SageMaker cost rows.</summary>
    private const decimal MinMonthlySavings = 50m;

    private const int MinDays = 7;

    public static void Record(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var resourceId = Analyzer + ":" + estate.AccountId;
        var ledger = new CostLedger(estate);
        var ratio = SavingsPlansRecommendationOperation.RateRatio("ONE_YEAR", "NO_UPFRONT");
        var recent = DailySpend(ledger, CostDays);
        var floor30 = DailySpend(ledger, RecommendationDays).Select(d => d ?? 0m).Min() / 24m;
        var commitment = Math.Floor(floor30 * ratio * 1000m) / 1000m;
        var daysWithRows = recent.Count(d => d is not null);
        if (daysWithRows < MinDays)
        {
            nearMisses.Add(new NearMiss(Analyzer, resourceId, $"only {daysWithRows} days of SageMaker costs, under 7: insufficient data"));
            return;
        }

        if (commitment <= 0m)
        {
            nearMisses.Add(new NearMiss(Analyzer, resourceId, "a day of the last 30 without SageMaker spend: Cost Explorer recommends no plan"));
            return;
        }

        var monthly = (commitment / ratio - commitment) * MonthlySavings.HoursPerMonth;
        var floor14 = recent.Select(d => d ?? 0m).Min() / 24m;
        var scale = commitment > floor14 ? floor14 / commitment : 1m;
        var savings = MonthlySavings.RoundCents(Math.Round(monthly, 10) * scale);
        if (savings <= MinMonthlySavings)
        {
            nearMisses.Add(new NearMiss(Analyzer, resourceId, $"plan would save {savings} USD a month, not above the $50 minimum"));
            return;
        }

        opportunities.Add(new PlantedOpportunity(Analyzer, resourceId, savings));
    }

    /// <summary>SageMaker cost of each of the last <paramref name="days"/> whole days; null for a day without a SageMaker line.</summary>
    private static List<decimal?> DailySpend(CostLedger ledger, int days) =>
    [
        .. Enumerable.Range(1, days).Select(i => ledger.LinesOf(ledger.Today.AddDays(-i)).Where(l => l.Service == CostLedger.SageMakerService).ToList())
            .Select(lines => lines.Count == 0 ? (decimal?)null : lines.Sum(l => l.Cost)),
    ];
}
