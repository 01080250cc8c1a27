using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>ml-previous-generation</c>, restated independently of the analyzer over every endpoint of the final estate:
/// an InService endpoint with a variant on an old type (p3 → G5/P4d, g4dn → G6/G5, inf1 → Inf2, ...) is an opportunity when at
/// least one such variant's successor is cheaper per hour; savings Σ (old − successor) × count × 730 over those variants, rounded
/// once. A successor that costs more (or an old type not InService) is a near miss. Changes no resource.
/// </summary>
internal static class PreviousGenerationTruth
{
    public const string Analyzer = "ml-previous-generation";

    // Why: the successor of each previous-generation type, as in pricing-notes.md §7 (same or more accelerators).
    private static readonly Dictionary<string, string> Successors = new(StringComparer.Ordinal)
    {
        ["ml.p2.xlarge"] = "ml.g5.xlarge",
        ["ml.p2.8xlarge"] = "ml.g5.48xlarge",
        ["ml.p2.16xlarge"] = "ml.p4d.24xlarge",
        ["ml.p3.2xlarge"] = "ml.g5.2xlarge",
        ["ml.p3.8xlarge"] = "ml.g5.12xlarge",
        ["ml.p3.16xlarge"] = "ml.p4d.24xlarge",
        ["ml.g3.4xlarge"] = "ml.g5.4xlarge",
        ["ml.g4dn.xlarge"] = "ml.g6.xlarge",
        ["ml.g4dn.2xlarge"] = "ml.g6.2xlarge",
        ["ml.g4dn.4xlarge"] = "ml.g5.4xlarge",
        ["ml.g4dn.12xlarge"] = "ml.g6.12xlarge",
        ["ml.inf1.xlarge"] = "ml.inf2.xlarge",
        ["ml.inf1.2xlarge"] = "ml.inf2.xlarge",
        ["ml.inf1.6xlarge"] = "ml.inf2.24xlarge",
    };

    /// <summary>Records the verdict of every endpoint with a previous-generation variant.</summary>
    public static void Record(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var endpoint in estate.Endpoints)
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config))
            {
                continue;
            }

            var legacy = config.Variants.Where(v => v.InstanceType is not null && Successors.ContainsKey(v.InstanceType)).ToList();
            if (legacy.Count == 0)
            {
                continue;
            }

            if (endpoint.Status != "InService")
            {
                nearMisses.Add(new NearMiss(Analyzer, endpoint.Name, $"previous-generation variant but {endpoint.Status}, not InService"));
                continue;
            }

            var exact = 0m;
            var cheaper = false;
            foreach (var variant in legacy)
            {
                var old = Hosting(variant.InstanceType!, estate.Region);
                var successor = Hosting(Successors[variant.InstanceType!], estate.Region);
                if (old is { } o && successor is { } n && o > n)
                {
                    cheaper = true;
                    exact += (o - n) * (variant.InstanceCount ?? 1) * MonthlySavings.HoursPerMonth;
                }
            }

            if (cheaper)
            {
                opportunities.Add(new PlantedOpportunity(Analyzer, endpoint.Name, MonthlySavings.RoundCents(exact)));
            }
            else
            {
                nearMisses.Add(new NearMiss(Analyzer, endpoint.Name, "previous-generation variant whose successor is not cheaper per hour (or unpriced)"));
            }
        }
    }

    private static decimal? Hosting(string type, string region) =>
        BundledPriceBook.Default.Find(type, region, PriceComponent.Hosting)?.HourlyUsd;
}
