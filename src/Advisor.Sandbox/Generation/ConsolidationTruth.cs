using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-endpoint-consolidation</c>, over every endpoint of the final estate. The rule, restated from the
/// brief: InService endpoints older than the 14-day window with one instance-backed variant (no managed scaling), a priced CPU or
/// NVIDIA GPU type, a model with a known image, and invocations; grouped by image (groups of ≥ 2). A member is low-use when the
/// nearest-rank P99.5 of its hourly CPU ÷ (100 × vCPUs) (and GPU, GPU memory ÷ (100 × GPUs) on GPU types) is under 0.25, with ≥ 30
/// datapoints each. ≥ 2 low-use CPU members: their summed vCPU demand (P99.5 ÷ 100 × count) × 1.2 goes onto the cheapest CPU
/// type of their families that fits on 1 instance (2 if any ran ≥ 2); savings = (Σ members − consolidated) hourly × 730 &gt; $10.
/// </summary>
internal static class ConsolidationTruth
{
    public const string Analyzer = "sagemaker-endpoint-consolidation";

    /// <summary>Why: the analyzer's defaults.</summary>
    private const double MaxUtilisation = 0.25;

    private const double Percentile = 99.5;
    private const double Headroom = 0.2;
    private const int MinDatapoints = 30;
    private const decimal MinMonthlySavings = 10m;
    private const string Ns = "/aws/sagemaker/Endpoints";
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    private static readonly string[] Sizes =
        ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"];

    private sealed record Member(string Endpoint, string Type, InstanceSpec Spec, int Count, decimal Hourly, bool Gpu)
    {
        public double Demand { get; init; }
    }

    /// <summary>Records an opportunity or a near miss for every image group of at least two candidate endpoints.</summary>
    public static SandboxEstate Record(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var book = BundledPriceBook.Default;
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var images = estate.Models.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Image, StringComparer.Ordinal);
        var start = estate.Now - Window;
        var candidates = new List<(string Image, SandboxEndpoint Endpoint, SandboxVariant Variant, InstanceSpec Spec)>();
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService" && e.CreationTime <= start))
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config) || config.Variants.Count != 1)
            {
                continue;
            }

            var v = config.Variants[0];
            if (v.ServerlessMemoryMb is null && v.ManagedScalingMin is null && (v.InstanceCount ?? 1) > 0 && v.InstanceType is { } type
                && book.Spec(type) is { Accelerator: "none" or "gpu" } spec && v.ModelName is { } model && images.TryGetValue(model, out var image))
            {
                candidates.Add((image, endpoint, v, spec));
            }
        }

        foreach (var group in candidates.GroupBy(c => c.Image, StringComparer.Ordinal).Where(g => g.Count() >= 2))
        {
            var low = new List<Member>();
            foreach (var (_, endpoint, variant, spec) in group)
            {
                if (LowUse(estate, endpoint.Name, variant, spec, start) is { } member)
                {
                    low.Add(member);
                }
            }

            var id = GroupId(group.Key);
            var (savings, reason) = Evaluate(low, estate.Region);
            if (savings is { } amount)
            {
                opportunities.Add(new PlantedOpportunity(Analyzer, id, amount));
            }
            else
            {
                nearMisses.Add(new NearMiss(Analyzer, id, reason!));
            }
        }

        return estate;
    }

    private static (decimal? Savings, string? Reason) Evaluate(List<Member> low, string region)
    {
        var book = BundledPriceBook.Default;
        var cpu = low.Where(m => !m.Gpu).ToList();
        if (cpu.Count < 2)
        {
            return (null, low.Count >= 2 ? "low-use members on GPU types need Triton" : $"only {cpu.Count} low-use CPU members");
        }

        var demand = cpu.Sum(m => m.Demand) * (1 + Headroom);
        var count = cpu.Any(m => m.Count >= 2) ? 2 : 1;
        decimal? best = null;
        foreach (var family in cpu.Select(m => m.Type[..(m.Type.LastIndexOf('.') + 1)]).Distinct(StringComparer.Ordinal))
        {
            foreach (var size in Sizes)
            {
                if (book.Spec(family + size) is { Accelerator: "none" } s && demand <= count * s.Vcpu
                    && book.Find(family + size, region, PriceComponent.Hosting) is { } q && (best is null || q.HourlyUsd < best))
                {
                    best = q.HourlyUsd;
                }
            }
        }

        if (best is null)
        {
            return (null, "summed demand fits no size of the members' families");
        }

        var savings = MonthlySavings.RoundCents((cpu.Sum(m => m.Hourly) - (best.Value * count)) * MonthlySavings.HoursPerMonth);
        return savings > MinMonthlySavings ? (savings, null) : (null, $"consolidation saves {savings} a month, not above $10");
    }

    private static Member? LowUse(SandboxEstate estate, string endpoint, SandboxVariant variant, InstanceSpec spec, DateTimeOffset start)
    {
        var type = variant.InstanceType!;
        var gpu = spec.Accelerator == "gpu" && spec.GpuCount > 0;
        if (BundledPriceBook.Default.Find(type, estate.Region, PriceComponent.Hosting) is not { } price
            || EstateSeries.VariantHourly(estate, "AWS/SageMaker", "Invocations", endpoint, variant.Name, start).Sum() <= 0)
        {
            return null;
        }

        var cpu = EstateSeries.VariantHourly(estate, Ns, "CPUUtilization", endpoint, variant.Name, start);
        var gpus = gpu ? EstateSeries.VariantHourly(estate, Ns, "GPUUtilization", endpoint, variant.Name, start) : null;
        var memory = gpu ? EstateSeries.VariantHourly(estate, Ns, "GPUMemoryUtilization", endpoint, variant.Name, start) : null;
        if (cpu.Count < MinDatapoints || (gpus?.Count ?? MinDatapoints) < MinDatapoints || (memory?.Count ?? MinDatapoints) < MinDatapoints)
        {
            return null;
        }

        var cpuPeak = EstateSeries.NearestRank(cpu, Percentile);
        var peak = cpuPeak / (100 * spec.Vcpu);
        if (gpus is not null && memory is not null)
        {
            peak = Math.Max(peak, Math.Max(EstateSeries.NearestRank(gpus, Percentile) / (100 * spec.GpuCount), EstateSeries.NearestRank(memory, Percentile) / (100 * spec.GpuCount)));
        }

        var count = variant.InstanceCount ?? 1;
        return peak < MaxUtilisation ? new Member(endpoint, type, spec, count, price.HourlyUsd * count, gpu) { Demand = cpuPeak / 100 * count } : null;
    }

    /// <summary>The group id: <c>consolidation:</c> + the image's last path segment without tag or digest.</summary>
    internal static string GroupId(string image)
    {
        var name = image[(image.LastIndexOf('/') + 1)..];
        var cut = name.IndexOfAny([':', '@']);
        return "consolidation:" + (cut >= 0 ? name[..cut] : name);
    }
}
