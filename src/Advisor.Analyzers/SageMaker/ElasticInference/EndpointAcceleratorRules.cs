using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>The elastic-inference rule for one InService endpoint whose variants name ml.eia* accelerators.</summary>
internal static class EndpointAcceleratorRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string MigrateAction = "migrate-off-elastic-inference";

    public const string Formula = "Σ variants (host hourly + accelerator former hourly − target hourly) × instance count × 730 h "
        + "(CPU-only: the target is the host itself)";

    public const string BillingNote = "Elastic Inference can no longer be billed or launched; the saving prices the accelerator at its "
        + "former list price, so the real change in the bill may be only the migration target's cost";

    // Why: the other targets the notes name for EI workloads; shown with their prices so the reader can pick after a load test.
    private static readonly string[] AlternativeTargets = ["ml.inf2.xlarge", "ml.g6.xlarge", "ml.g4dn.xlarge"];

    public static Finding Evaluate(SageMakerEndpoint endpoint, ScopeSnapshot snapshot, IPriceBook prices, SageMakerElasticInferenceOptions options)
    {
        var region = snapshot.Scope.Region;
        var result = new FindingFactory(
            SageMakerElasticInferenceAnalyzer.Id,
            new ResourceRef(endpoint.Name, endpoint.Arn, ResourceTypes.SageMakerEndpoint, snapshot.Scope.Account, region));
        var quotes = new List<PriceQuote>();
        var lines = new List<SavingsLine>();
        var targets = new List<string>();
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal) { ["note"] = BillingNote };
        var exact = 0m;
        var gpuTarget = false;
        foreach (var variant in endpoint.Variants.Where(v => ElasticInferencePrices.IsElasticInference(v.AcceleratorType)))
        {
            var type = variant.AcceleratorType!;
            var host = variant.InstanceType ?? "unknown";
            observations[$"variant:{variant.Name}"] = $"{host} × {variant.InstanceCount.ToString(CultureInfo.InvariantCulture)} + {type}";
            if (ElasticInferencePrices.Find(type) is not { } accelerator)
            {
                return result.Insufficient(
                    $"Endpoint {endpoint.Name} variant {variant.Name} names {type}, an Elastic Inference type with no known former price; "
                    + "it must still move off Elastic Inference, but the change cannot be costed.",
                    new Evidence { Observations = observations });
            }

            quotes.Add(ElasticInferencePrices.Quote(accelerator, region, PriceComponent.Hosting));
            if (accelerator.Derived)
            {
                observations[$"derivedPrice:{type}"] = ElasticInferencePrices.DerivedSource;
            }

            var count = variant.InstanceCount;
            if (accelerator.Fp32Tflops <= options.CpuOnlyMaxFp32Tflops)
            {
                var monthly = accelerator.HourlyUsd * count * MonthlySavings.HoursPerMonth;
                exact += monthly;
                targets.Add($"{variant.Name}: {host} CPU-only");
                lines.Add(new SavingsLine($"variant {variant.Name}: drop {type} from {count} × {host} (CPU-only)",
                    accelerator.HourlyUsd, count, MonthlySavings.RoundCents(monthly)));
                continue;
            }

            var target = options.GpuTargetInstanceType;
            var hostQuote = variant.InstanceType is null ? null : prices.Find(variant.InstanceType, region, PriceComponent.Hosting);
            if (hostQuote is null || prices.Find(target, region, PriceComponent.Hosting) is not { } targetQuote)
            {
                return result.Insufficient(
                    $"Endpoint {endpoint.Name} variant {variant.Name} ({host} + {type}) must move off Elastic Inference, but there is no "
                    + $"trusted Hosting price for {(hostQuote is null ? host : target)} in {region} to cost the move to {target}.",
                    new Evidence { Prices = quotes, Observations = observations });
            }

            gpuTarget = true;
            quotes.Add(hostQuote);
            quotes.Add(targetQuote);
            var hourlyDelta = hostQuote.HourlyUsd + accelerator.HourlyUsd - targetQuote.HourlyUsd;
            var delta = hourlyDelta * count * MonthlySavings.HoursPerMonth;
            exact += delta;
            targets.Add($"{variant.Name}: {count} × {target}");
            lines.Add(new SavingsLine($"variant {variant.Name}: {count} × ({host} + {type}) → {count} × {target}",
                hourlyDelta, count, MonthlySavings.RoundCents(delta)));
        }

        if (gpuTarget)
        {
            observations["alternativeTargets"] = Alternatives(prices, region);
        }

        var savings = new MonthlySavings(MonthlySavings.RoundCents(exact), CostBasis.ListOnDemand);
        observations["costDeltaUsdPerMonth"] = savings.Amount;
        var direction = savings.Amount < 0
            ? $"the target costs {(-savings.Amount).ToString("0.00", CultureInfo.InvariantCulture)} USD a month more, a must-do all the same"
            : $"saving {savings.Amount.ToString("0.00", CultureInfo.InvariantCulture)} USD a month at the accelerator's former price";
        var evidence = new Evidence { Prices = quotes.Distinct().ToList(), Formula = Formula, Lines = lines, Observations = observations };

        // Why: the config itself names the retired accelerator (High confidence); a new config and model re-validation is a real
        // change to a serving endpoint (risk 2, medium effort).
        return result.Recommend(
            MigrateAction,
            $"Endpoint {endpoint.Name} still uses retired Elastic Inference; move it to {string.Join("; ", targets)} "
            + $"({direction}); validate with a load test before switching traffic.",
            savings,
            evidence,
            Confidence.High,
            risk: 2,
            Effort.Medium);
    }

    private static Dictionary<string, decimal?> Alternatives(IPriceBook prices, string region) =>
        AlternativeTargets.ToDictionary(t => t, t => prices.Find(t, region, PriceComponent.Hosting)?.HourlyUsd, StringComparer.Ordinal);
}
