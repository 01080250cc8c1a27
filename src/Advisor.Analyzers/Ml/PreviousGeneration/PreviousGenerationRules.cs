using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>The previous-generation rule for one InService endpoint with at least one variant on an enabled old family.</summary>
internal static class PreviousGenerationRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string MoveAction = "move-to-current-generation";

    public const string Formula = "Σ variants with a cheaper successor (old hourly − successor hourly) × instance count × 730 h";

    public static Finding Evaluate(
        SageMakerEndpoint endpoint, IReadOnlyList<(EndpointVariant Variant, Successor Successor)> legacy, ScopeSnapshot snapshot, IPriceBook prices)
    {
        var region = snapshot.Scope.Region;
        var result = new FindingFactory(
            MlPreviousGenerationAnalyzer.Id,
            new ResourceRef(endpoint.Name, endpoint.Arn, ResourceTypes.SageMakerEndpoint, snapshot.Scope.Account, region));
        var quotes = new List<PriceQuote>();
        var lines = new List<SavingsLine>();
        var moves = new List<string>();
        var dearer = new List<string>();
        var unpriced = new List<string>();
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal) { ["mappingSource"] = SuccessorTable.Source };
        var exact = 0m;
        foreach (var (variant, successor) in legacy)
        {
            observations[$"variant:{variant.Name}"] = $"{successor.OldType} × {Text(variant.InstanceCount)} → {successor.NewType}";
            observations[$"claim:{successor.Family}"] = successor.Claim;
            var oldQuote = prices.Find(successor.OldType, region, PriceComponent.Hosting);
            var newQuote = prices.Find(successor.NewType, region, PriceComponent.Hosting);
            if (oldQuote is null || newQuote is null)
            {
                unpriced.Add(oldQuote is null ? successor.OldType : successor.NewType);
                continue;
            }

            quotes.Add(oldQuote);
            quotes.Add(newQuote);
            var hourlyDelta = oldQuote.HourlyUsd - newQuote.HourlyUsd;
            observations[$"hourlyDelta:{variant.Name}"] = hourlyDelta;
            if (hourlyDelta <= 0)
            {
                dearer.Add($"{successor.NewType} costs {Money(-hourlyDelta)} USD/h more than {successor.OldType}");
                continue;
            }

            var monthly = hourlyDelta * variant.InstanceCount * MonthlySavings.HoursPerMonth;
            exact += monthly;
            moves.Add($"{variant.Name}: {Text(variant.InstanceCount)} × {successor.OldType} → {successor.NewType}");
            lines.Add(new SavingsLine($"variant {variant.Name}: {successor.OldType} → {successor.NewType}",
                hourlyDelta, variant.InstanceCount, MonthlySavings.RoundCents(monthly)));
        }

        var evidence = new Evidence { Prices = quotes.Distinct().ToList(), Formula = Formula, Lines = lines, Observations = observations };
        if (moves.Count > 0)
        {
            var savings = new MonthlySavings(MonthlySavings.RoundCents(exact), CostBasis.ListOnDemand);

            // Why: the price delta is firm (list prices), but model compatibility and throughput on the new accelerator must be
            // validated with a load test: Medium confidence, risk 2 (a serving change), medium effort (new config, maybe a rebuild).
            return result.Recommend(
                MoveAction,
                $"Endpoint {endpoint.Name} runs a previous-generation type whose successor is cheaper per hour with the same or more "
                + $"accelerators: {string.Join("; ", moves)} saves {Money(savings.Amount)} USD a month before any speed-up; load-test first.",
                savings,
                evidence,
                Confidence.Medium,
                risk: 2,
                Effort.Medium);
        }

        if (unpriced.Count > 0)
        {
            return result.Insufficient(
                $"Endpoint {endpoint.Name} runs a previous-generation type, but there is no trusted Hosting price in {region} for "
                + $"{string.Join(", ", unpriced.Distinct(StringComparer.Ordinal))}, so the move cannot be costed.",
                evidence);
        }

        return result.NoAction(
            $"Endpoint {endpoint.Name} runs a previous-generation type, but its successor costs more per hour ({string.Join("; ", dearer)}); "
            + "a move would need a measured cost-per-inference gain, which the price table cannot show.",
            evidence);
    }

    private static string Money(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
