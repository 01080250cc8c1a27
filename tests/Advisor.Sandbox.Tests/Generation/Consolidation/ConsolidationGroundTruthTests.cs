using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.Consolidation;

/// <summary>An independent oracle of the consolidation rule over the generated estate agrees with the recorded ground truth.</summary>
public sealed class ConsolidationGroundTruthTests
{
    private const string Analyzer = "sagemaker-endpoint-consolidation";

    private static readonly string[] Sizes = ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"];

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Consolidation_Rule_Recomputed_From_The_Hourly_Store_Matches_The_Ground_Truth(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        var oracle = Oracle(generated.Estate);

        Assert.Equal(oracle.OrderBy(p => p.Key, StringComparer.Ordinal), planted.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(planted.Values, v => Assert.True(v > 10m && v == Math.Round(v, 2), v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(generated.GroundTruth.NearMisses.Where(n => n.Analyzer == Analyzer), n => Assert.DoesNotContain(n.ResourceId, planted.Keys));
    }

    /// <summary>The rule written again from the brief, over the whole estate (groups by image, CPU members only).</summary>
    private static Dictionary<string, decimal> Oracle(SandboxEstate estate)
    {
        var book = BundledPriceBook.Default;
        var start = estate.Now.AddDays(-14);
        var image = estate.Models.ToLookup(m => m.Name, StringComparer.Ordinal);
        var rows =
            from e in estate.Endpoints
            where e.Status == "InService" && e.CreationTime <= start
            join c in estate.EndpointConfigs on e.ConfigName equals c.Name
            where c.Variants.Count == 1
            let v = c.Variants[0]
            where v.ServerlessMemoryMb is null && v.ManagedScalingMin is null && v.InstanceType is not null && v.ModelName is not null
            let spec = book.Spec(v.InstanceType!)
            where spec is not null && (spec.Accelerator == "none" || spec.Accelerator == "gpu") && image[v.ModelName!].Any()
            select (Image: image[v.ModelName!].First().Image, Endpoint: e.Name, Variant: v, Spec: spec);
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var g in rows.GroupBy(r => r.Image).Where(g => g.Count() >= 2))
        {
            var low = g.Select(r => (r, Use: Use(estate, r.Endpoint, r.Variant, r.Spec, start))).Where(x => x.Use is { Peak: < 0.25 }).ToList();
            var cpu = low.Where(x => !(x.r.Spec.Accelerator == "gpu" && x.r.Spec.GpuCount > 0)).ToList();
            if (cpu.Count < 2)
            {
                continue;
            }

            var n = cpu.Any(x => (x.r.Variant.InstanceCount ?? 1) >= 2) ? 2 : 1;
            var need = 1.2 * cpu.Sum(x => x.Use!.Value.Cpu / 100 * (x.r.Variant.InstanceCount ?? 1));
            var cheapest = cpu.Select(x => x.r.Variant.InstanceType![..(x.r.Variant.InstanceType!.LastIndexOf('.') + 1)]).Distinct()
                .SelectMany(f => Sizes.Select(s => f + s))
                .Where(t => book.Spec(t) is { Accelerator: "none" } s && need <= n * s.Vcpu)
                .Select(t => book.Find(t, estate.Region, PriceComponent.Hosting)?.HourlyUsd).OfType<decimal>().DefaultIfEmpty(-1).Min();
            if (cheapest < 0)
            {
                continue;
            }

            var before = cpu.Sum(x => book.Find(x.r.Variant.InstanceType!, estate.Region, PriceComponent.Hosting)!.HourlyUsd * (x.r.Variant.InstanceCount ?? 1));
            var savings = Math.Round((before - (cheapest * n)) * 730m, 2, MidpointRounding.AwayFromZero);
            if (savings > 10m)
            {
                var name = g.Key[(g.Key.LastIndexOf('/') + 1)..];
                result["consolidation:" + name.Split(':', '@')[0]] = savings;
            }
        }

        return result;
    }

    private static (double Cpu, double Peak)? Use(SandboxEstate estate, string endpoint, SandboxVariant v, Core.Pricing.InstanceSpec spec, DateTimeOffset start)
    {
        List<double> Series(string ns, string metric) => estate.Metrics.Find(new SeriesKey(ns, metric, [new("EndpointName", endpoint), new("VariantName", v.Name)])) is { } s
            ? [.. s.Values.Select((x, i) => (x, At: s.Start.AddHours(i))).Where(p => p.At >= start && p.At < estate.Now && p.x is not null).Select(p => p.x!.Value)]
            : [];
        double P(List<double> xs) => xs.Order().ElementAt(Math.Max(0, (int)Math.Ceiling(0.995 * xs.Count) - 1));
        if (Series("AWS/SageMaker", "Invocations").Sum() <= 0)
        {
            return null;
        }

        var cpu = Series("/aws/sagemaker/Endpoints", "CPUUtilization");
        var gpu = spec.Accelerator == "gpu" && spec.GpuCount > 0;
        var g = gpu ? Series("/aws/sagemaker/Endpoints", "GPUUtilization") : [];
        var m = gpu ? Series("/aws/sagemaker/Endpoints", "GPUMemoryUtilization") : [];
        if (cpu.Count < 30 || (gpu && (g.Count < 30 || m.Count < 30)))
        {
            return null;
        }

        var peak = P(cpu) / (100 * spec.Vcpu);
        return (P(cpu), gpu ? Math.Max(peak, Math.Max(P(g), P(m)) / (100 * spec.GpuCount)) : peak);
    }
}
