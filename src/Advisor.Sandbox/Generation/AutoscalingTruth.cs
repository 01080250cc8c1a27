using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Plants scaling policies (<see cref="AutoscalingPlanter"/>) and records ground truth for <c>sagemaker-endpoint-autoscaling</c>
/// over every instance-backed variant with ≥ 2 instances of every InService endpoint. The rule, restated: no scaling policy, no
/// managed scaling, ≥ 30 hourly Invocations datapoints in the 14-day window, nearest-rank P95 ÷ P5 ≥ 3; savings = Σ hours
/// (count − max(2, ⌈count × hour ÷ peak⌉)) × Hosting price ÷ hours × 730, rounded to cents once.
/// </summary>
internal static class AutoscalingTruth
{
    public const string Analyzer = "sagemaker-endpoint-autoscaling";

    /// <summary>Why: the analyzer's defaults (minimum fleet, swing, datapoints, window).</summary>
    private const int MinInstances = 2;

    private const double MinSwing = 3;
    private const int MinDatapoints = 30;
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    public static SandboxEstate Record(SandboxEstate estate, GeneratorOptions options, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        estate = AutoscalingPlanter.Plant(estate, options);
        var scaled = estate.ScalingPolicies.Select(p => p.ResourceId).ToHashSet(StringComparer.Ordinal);
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var start = estate.Now - Window;
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService"))
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config))
            {
                continue;
            }

            foreach (var variant in config.Variants.Where(v => v.ServerlessMemoryMb is null && v.InstanceCount >= MinInstances))
            {
                var id = endpoint.Name + "/" + variant.Name;
                var (savings, reason) = variant.ManagedScalingMin is not null ? (null, "managed instance scaling")
                    : scaled.Contains($"endpoint/{endpoint.Name}/variant/{variant.Name}") ? (null, "already has a target-tracking policy")
                    : Evaluate(estate, endpoint.Name, variant, start);
                if (savings is { } amount)
                {
                    opportunities.Add(new PlantedOpportunity(Analyzer, id, amount));
                }
                else
                {
                    nearMisses.Add(new NearMiss(Analyzer, id, reason!));
                }
            }
        }

        return estate;
    }

    private static (decimal? Savings, string? Reason) Evaluate(SandboxEstate estate, string endpoint, SandboxVariant variant, DateTimeOffset start)
    {
        var key = new SeriesKey("AWS/SageMaker", "Invocations", [new("EndpointName", endpoint), new("VariantName", variant.Name)]);
        var hourly = new List<double>();
        if (estate.Metrics.Find(key) is { } series)
        {
            for (var i = 0; i < series.Values.Count; i++)
            {
                var at = series.Start.AddHours(i);
                if (at >= start && at < estate.Now && series.Values[i] is { } v)
                {
                    hourly.Add(v);
                }
            }
        }

        if (hourly.Count < MinDatapoints)
        {
            return (null, $"{hourly.Count} hourly Invocations datapoints, fewer than {MinDatapoints}");
        }

        var sorted = hourly.Order().ToList();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
        var (high, low) = (Rank(95), Rank(5));
        var swing = low > 0 ? high / low : high > 0 ? double.PositiveInfinity : 0;
        if (swing < MinSwing)
        {
            return (null, $"daily swing {swing:0.###} below {MinSwing}");
        }

        var price = BundledPriceBook.Default.Find(variant.InstanceType!, estate.Region, PriceComponent.Hosting);
        if (price is null)
        {
            return (null, $"{variant.InstanceType}: no Hosting price");
        }

        var count = variant.InstanceCount!.Value;
        var peak = (decimal)sorted[^1];
        var shed = hourly.Sum(v => (decimal)(count - Math.Min(count, Math.Max(MinInstances, (int)Math.Ceiling(count * (decimal)v / peak)))));
        var amount = MonthlySavings.RoundCents(price.HourlyUsd * shed / hourly.Count * MonthlySavings.HoursPerMonth);
        return amount > 0 ? (amount, null) : (null, "the fleet is at the minimum every hour");
    }
}
