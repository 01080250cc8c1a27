using Advisor.Aws.CostExplorer;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection.Costs;

/// <summary>Turns Cost Explorer answers into the snapshot's <see cref="DailyCost"/> rows and <see cref="SavingsPlanRecommendation"/>.</summary>
public static class CostMapper
{
    /// <summary>One row per day × (SERVICE, USAGE_TYPE) group.</summary>
    public static IReadOnlyList<DailyCost> ToDaily(IEnumerable<CostResultByTime> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<DailyCost>();
        foreach (var result in results)
        {
            foreach (var group in result.Groups)
            {
                var cost = group.Metrics.GetValueOrDefault("UnblendedCost");
                var usage = group.Metrics.GetValueOrDefault("UsageQuantity");
                rows.Add(new DailyCost(
                    result.Start,
                    group.Keys.Count > 0 ? group.Keys[0] : string.Empty,
                    group.Keys.Count > 1 ? group.Keys[1] : string.Empty,
                    cost?.Amount ?? 0m,
                    usage?.Amount ?? 0m,
                    usage?.Unit ?? string.Empty));
            }
        }

        return rows;
    }

    /// <summary>The recommendation, or null when Cost Explorer has none (no eligible usage, or nothing to commit to).</summary>
    public static SavingsPlanRecommendation? ToSavingsPlan(GetSavingsPlansPurchaseRecommendationResponse response, int lookbackDays)
    {
        ArgumentNullException.ThrowIfNull(response);
        var recommendation = response.Recommendation;
        var summary = recommendation?.Summary;
        var details = recommendation?.Details ?? [];
        var hourly = summary?.HourlyCommitmentToPurchase ?? details.Sum(d => d.HourlyCommitmentToPurchase ?? 0m);
        if (recommendation is null || hourly <= 0m)
        {
            return null;
        }

        return new SavingsPlanRecommendation
        {
            Term = recommendation.TermInYears ?? "ONE_YEAR",
            PaymentOption = recommendation.PaymentOption ?? "NO_UPFRONT",
            LookbackDays = lookbackDays,
            HourlyCommitment = hourly,
            EstimatedMonthlySavings = summary?.EstimatedMonthlySavingsAmount ?? details.Sum(d => d.EstimatedMonthlySavingsAmount ?? 0m),
            EstimatedSavingsPercentage = summary?.EstimatedSavingsPercentage ?? details.Select(d => d.EstimatedSavingsPercentage ?? 0m).DefaultIfEmpty().Max(),
            EstimatedOnDemandCost = details.Sum(d => d.EstimatedOnDemandCost ?? 0m),
            CurrentAverageHourlyOnDemandSpend = details.Sum(d => d.CurrentAverageHourlyOnDemandSpend ?? 0m),
        };
    }
}
