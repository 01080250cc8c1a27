using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.SavingsPlan;

/// <summary>The savings-plan rule for one account: Cost Explorer data present, enough days, a recommendation, the floor cap, the minimum.</summary>
internal static class SavingsPlanRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string PurchaseAction = "purchase-savings-plan";

    /// <summary>The resource type of the recommendation: the plan to buy, for the whole account.</summary>
    public const string ResourceType = "AWS::SavingsPlans::SavingsPlan";

    /// <summary>Why: Cost Explorer's SERVICE value for SageMaker, as it spells it.</summary>
    public const string SageMakerService = "Amazon SageMaker";

    /// <summary>Why: Cost Explorer bills by the day; the hourly rate of a day is its cost over 24 hours.</summary>
    private const decimal HoursPerDay = 24m;

    public const string Formula = "Cost Explorer's estimated monthly savings × min(1, hourly spend floor ÷ hourly commitment); "
        + "floor = min over days of daily SageMaker cost ÷ 24";

    /// <summary>The resource id of an account's recommendation: <c>sagemaker-savings-plan:&lt;account&gt;</c>.</summary>
    public static string ResourceId(string account) => SageMakerSavingsPlanAnalyzer.Id + ":" + account;

    public static Finding Evaluate(ScopeSnapshot snapshot, SageMakerSavingsPlanOptions options)
    {
        var account = snapshot.Scope.Account;
        var result = new FindingFactory(
            SageMakerSavingsPlanAnalyzer.Id,
            new ResourceRef(ResourceId(account), $"arn:aws:savingsplans::{account}:savingsplan/sagemaker", ResourceType, account, snapshot.Scope.Region));
        if (snapshot.Costs is not { } costs)
        {
            var status = snapshot.StatusOf(Sources.CostExplorer);
            return result.Insufficient(
                $"No Cost Explorer data for account {account}: source {Sources.CostExplorer} is {status.Health}"
                + (status.Detail is { } detail ? $" ({detail})" : string.Empty) + "; SageMaker spend cannot be judged.");
        }

        var byDay = costs.Daily.Where(r => string.Equals(r.Service, SageMakerService, StringComparison.Ordinal))
            .GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Sum(r => r.UnblendedCost));
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["costStart"] = costs.Start,
            ["costEndExclusive"] = costs.End,
            ["daysWithSageMakerSpend"] = byDay.Count,
            ["minDays"] = options.MinDays,
            ["minMonthlySavingsUsd"] = options.MinMonthlySavingsUsd,
        };
        if (byDay.Count < options.MinDays)
        {
            return result.Insufficient(
                $"Only {byDay.Count} days of SageMaker daily costs for account {account}, under the {options.MinDays.ToString(CultureInfo.InvariantCulture)}-day "
                + "minimum; the hourly spend floor is not trusted.",
                new Evidence { Observations = observations });
        }

        // Why: a day of the window without a SageMaker row billed nothing (Cost Explorer returned the day), so its floor is zero.
        var days = Enumerable.Range(0, costs.End.DayNumber - costs.Start.DayNumber).Select(costs.Start.AddDays).ToList();
        var floor = days.Min(d => byDay.GetValueOrDefault(d)) / HoursPerDay;
        observations["hourlySpendFloorUsd"] = floor;
        if (costs.SavingsPlan is not { } plan)
        {
            return result.NoAction($"Cost Explorer recommends no SageMaker Savings Plan for account {account}.", new Evidence { Observations = observations });
        }

        observations["term"] = plan.Term;
        observations["paymentOption"] = plan.PaymentOption;
        observations["lookbackDays"] = plan.LookbackDays;
        observations["recommendedHourlyCommitmentUsd"] = plan.HourlyCommitment;
        observations["estimatedMonthlySavingsUsd"] = plan.EstimatedMonthlySavings;
        return Decide(result, account, plan, floor, observations, options);
    }

    private static Finding Decide(
        FindingFactory result, string account, SavingsPlanRecommendation plan, decimal floor, Dictionary<string, object?> observations,
        SageMakerSavingsPlanOptions options)
    {
        // Why: a commitment above the floor pays for hours that are not used, so it is capped at the floor and the savings scaled.
        var capped = plan.HourlyCommitment > floor;
        var commitment = capped ? floor : plan.HourlyCommitment;
        var scale = plan.HourlyCommitment > 0m ? commitment / plan.HourlyCommitment : 0m;
        var amount = MonthlySavings.RoundCents(plan.EstimatedMonthlySavings * scale);
        observations["hourlyCommitmentUsd"] = commitment;
        observations["cappedAtFloor"] = capped;
        observations["savingsScale"] = Math.Round(scale, 6, MidpointRounding.AwayFromZero);
        var cap = capped
            ? $" Cost Explorer's {Usd(plan.HourlyCommitment)}/h is above the hourly spend floor {Usd(floor)}/h, so the commitment is capped at the floor "
                + $"and the savings scaled by {scale.ToString("0.####", CultureInfo.InvariantCulture)}."
            : string.Empty;
        if (amount <= options.MinMonthlySavingsUsd)
        {
            return result.NoAction(
                $"A SageMaker Savings Plan for account {account} would save {Usd(amount)} a month, not above the {Usd(options.MinMonthlySavingsUsd)} minimum.{cap}",
                new Evidence { Observations = observations });
        }

        var savings = new MonthlySavings(amount, CostBasis.Net);
        var evidence = new Evidence
        {
            Formula = Formula,
            Lines =
            [
                new SavingsLine(
                    $"SageMaker Savings Plan {plan.Term} {plan.PaymentOption} at {Usd(commitment)}/h",
                    // Why: hourly savings after the cap, quantity 1, so hourly × 1 × 730 redoes the figure to the cent.
                    Math.Round(plan.EstimatedMonthlySavings * scale / MonthlySavings.HoursPerMonth, 6, MidpointRounding.AwayFromZero),
                    1m,
                    amount),
            ],
            Observations = observations,
        };
        // Why: a Cost Explorer forecast over observed net spend (Medium); a commitment cannot be undone (risk 1), buying it is one call (Low).
        return result.Recommend(
            PurchaseAction,
            $"SageMaker spend in account {account} never fell below {Usd(floor)}/h; buy a {plan.Term} {plan.PaymentOption} SageMaker Savings Plan "
            + $"of {Usd(commitment)}/h to save {Usd(amount)} a month (Cost Explorer forecast).{cap}",
            savings,
            evidence,
            Confidence.Medium,
            risk: 1,
            Effort.Low);
    }

    private static string Usd(decimal value) => "$" + value.ToString("0.00##", CultureInfo.InvariantCulture);
}
