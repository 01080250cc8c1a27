using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-elastic-inference</c>, restated independently of the analyzer: every InService endpoint with a
/// variant naming ml.eia* and every InService or Stopped notebook with AcceleratorTypes must migrate. Endpoint savings per EI variant:
/// medium sizes (1 FP32 TFLOPS) → accelerator price × count × 730; larger → (host + accelerator − ml.g4dn.xlarge) × count × 730
/// (may be negative); notebook: Σ accelerator price × 730 when InService, 0 when Stopped. Prices: pricing-notes.md §2 set B.
/// Plants two notebooks of its own (a positive that notebook-idle leaves alone and a Failed near miss); never changes other resources.
/// </summary>
internal static class ElasticInferenceTruth
{
    public const string Analyzer = "sagemaker-elastic-inference";

    /// <summary>Why: a fixed salt ("EIAX") gives this pass a stream independent of every other planter's.</summary>
    private const int Salt = 0x45494158;

    /// <summary>Why: the analyzer's default GPU target for accelerators above 1 FP32 TFLOPS.</summary>
    private const string GpuTarget = "ml.g4dn.xlarge";

    // Why: pricing-notes.md §2 set B (medium sizes derived as set A × 1.4); true = medium (1 FP32 TFLOPS, CPU-only by default).
    private static readonly Dictionary<string, (decimal Hourly, bool Medium)> Former = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ml.eia1.medium"] = (0.182m, true),
        ["ml.eia1.large"] = (0.364m, false),
        ["ml.eia1.xlarge"] = (0.728m, false),
        ["ml.eia2.medium"] = (0.168m, true),
        ["ml.eia2.large"] = (0.336m, false),
        ["ml.eia2.xlarge"] = (0.476m, false),
    };

    /// <summary>Plants the pass's own notebooks, then records the verdict of every endpoint and notebook of the final estate.</summary>
    public static SandboxEstate Plant(SandboxEstate estate, GeneratorOptions options, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var rng = new Random(options.Seed ^ Salt);
        var created = estate.Now.AddDays(-rng.Next(400, 900));
        var modified = estate.Now.AddDays(-rng.Next(1, 20));
        SandboxNotebookInstance[] planted =
        [
            // Why: the lifecycle config keeps sagemaker-notebook-idle out (NoAction), so this is an EI-only opportunity.
            new() { Name = "eia-legacy-notebook", InstanceType = "ml.m5.xlarge", CreationTime = created, LastModifiedTime = modified,
                LifecycleConfigName = "auto-stop-idle", AcceleratorTypes = ["ml.eia1.xlarge"] },
            new() { Name = "eia-failed-notebook", Status = "Failed", InstanceType = "ml.m5.xlarge", CreationTime = created,
                LastModifiedTime = modified, AcceleratorTypes = ["ml.eia2.medium"] },
        ];
        estate = estate with { NotebookInstances = [.. estate.NotebookInstances, .. planted] };
        RecordEndpoints(estate, opportunities, nearMisses);
        RecordNotebooks(estate, opportunities, nearMisses);
        return estate;
    }

    private static void RecordEndpoints(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var endpoint in estate.Endpoints)
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config))
            {
                continue;
            }

            var legacy = config.Variants.Where(v => IsEi(v.AcceleratorType)).ToList();
            if (legacy.Count == 0)
            {
                continue;
            }

            if (endpoint.Status != "InService")
            {
                nearMisses.Add(new NearMiss(Analyzer, endpoint.Name, $"names Elastic Inference but is {endpoint.Status}, not InService"));
                continue;
            }

            var exact = 0m;
            foreach (var variant in legacy)
            {
                var (hourly, medium) = Former[variant.AcceleratorType!];
                var count = variant.InstanceCount ?? 1;
                exact += medium
                    ? hourly * count * MonthlySavings.HoursPerMonth
                    : (Hosting(variant.InstanceType!, estate.Region) + hourly - Hosting(GpuTarget, estate.Region)) * count * MonthlySavings.HoursPerMonth;
            }

            opportunities.Add(new PlantedOpportunity(Analyzer, endpoint.Name, MonthlySavings.RoundCents(exact)));
        }
    }

    private static void RecordNotebooks(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        foreach (var notebook in estate.NotebookInstances.Where(n => n.AcceleratorTypes.Any(IsEi)))
        {
            if (notebook.Status is not ("InService" or "Stopped"))
            {
                nearMisses.Add(new NearMiss(Analyzer, notebook.Name, $"names Elastic Inference but is {notebook.Status}: not evaluated"));
                continue;
            }

            var hours = notebook.Status == "InService" ? MonthlySavings.HoursPerMonth : 0m;
            var exact = notebook.AcceleratorTypes.Where(IsEi).Sum(a => Former[a].Hourly * hours);
            opportunities.Add(new PlantedOpportunity(Analyzer, notebook.Name, MonthlySavings.RoundCents(exact)));
        }
    }

    private static bool IsEi(string? type) => type is not null && type.StartsWith("ml.eia", StringComparison.OrdinalIgnoreCase);

    private static decimal Hosting(string type, string region) =>
        BundledPriceBook.Default.Find(type, region, PriceComponent.Hosting)?.HourlyUsd
        ?? throw new InvalidOperationException($"No hosting price for '{type}' in {region}.");
}
