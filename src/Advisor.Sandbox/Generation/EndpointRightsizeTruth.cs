using System.Globalization;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-endpoint-rightsize</c>, over every endpoint variant of the final estate. The rule, restated from
/// the brief: InService, instance-backed, no managed scaling, endpoint older than the 14-day window and with invocations; demand =
/// nearest-rank P99.5 of the hourly CPUUtilization (GPUUtilization, GPUMemoryUtilization on GPU types) + 20%; the cheapest fleet
/// (same-family, same-GPU-model cheaper type and/or fewer instances, ≥ 2 where there were ≥ 2) with fleet vCPUs and GPUs and
/// per-instance GPU memory covering it; ≥ 30 datapoints per gauge; savings = (current − candidate fleet hourly) × 730 ≥ $10.
/// </summary>
internal static class EndpointRightsizeTruth
{
    public const string Analyzer = "sagemaker-endpoint-rightsize";

    /// <summary>Why: the analyzer's defaults (percentile, headroom, datapoints, minimum saving, window).</summary>
    private const double Percentile = 99.5;

    private const double Headroom = 0.2;
    private const int MinDatapoints = 30;
    private const decimal MinMonthlySavings = 10m;
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    private static readonly string[] Sizes =
        ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"];

    /// <summary>Records an opportunity or a near miss for every instance-backed variant of every InService endpoint.</summary>
    public static SandboxEstate Plant(SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var start = estate.Now - Window;
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService"))
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config))
            {
                continue;
            }

            var instanceBacked = config.Variants.Where(v => v.ServerlessMemoryMb is null).ToList();
            var invocations = instanceBacked.Sum(v => EstateSeries.VariantHourly(estate, "AWS/SageMaker", "Invocations", endpoint.Name, v.Name, start).Sum());
            foreach (var variant in instanceBacked.Where(v => v.ManagedScalingMin is null))
            {
                var id = endpoint.Name + "/" + variant.Name;
                var (savings, reason) = endpoint.CreationTime > start ? (null, "endpoint younger than the 14-day window")
                    : invocations <= 0 ? (null, "no invocations: left to sagemaker-endpoint-idle")
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
        var book = BundledPriceBook.Default;
        var type = variant.InstanceType!;
        var spec = book.Spec(type);
        var price = book.Find(type, estate.Region, PriceComponent.Hosting);
        if (spec is null || spec.Accelerator is not ("none" or "gpu") || price is null)
        {
            return (null, $"{type}: not a priced CPU or NVIDIA GPU hosting type");
        }

        var gpu = spec.Accelerator == "gpu";
        const string ns = "/aws/sagemaker/Endpoints";
        var cpu = EstateSeries.VariantHourly(estate, ns, "CPUUtilization", endpoint, variant.Name, start);
        var gpus = gpu ? EstateSeries.VariantHourly(estate, ns, "GPUUtilization", endpoint, variant.Name, start) : [];
        var memory = gpu ? EstateSeries.VariantHourly(estate, ns, "GPUMemoryUtilization", endpoint, variant.Name, start) : [];
        if (cpu.Count < MinDatapoints || (gpu && (gpus.Count < MinDatapoints || memory.Count < MinDatapoints)))
        {
            return (null, "fewer than 30 hourly datapoints");
        }

        var count = variant.InstanceCount ?? 1;
        var fleetVcpus = EstateSeries.NearestRank(cpu, Percentile) / 100 * (1 + Headroom) * count;
        var fleetGpus = gpu ? EstateSeries.NearestRank(gpus, Percentile) / 100 * (1 + Headroom) * count : 0;
        var memoryGib = gpu ? EstateSeries.NearestRank(memory, Percentile) / (100 * spec.GpuCount) * (1 + Headroom) * (double)spec.GpuMemoryGib : 0;
        var family = type[..(type.LastIndexOf('.') + 1)];
        var currentHourly = price.HourlyUsd * count;
        var best = currentHourly;
        foreach (var size in Sizes)
        {
            var candidate = family + size;
            if (book.Spec(candidate) is not { } s || s.Accelerator != spec.Accelerator || s.GpuModel != spec.GpuModel
                || book.Find(candidate, estate.Region, PriceComponent.Hosting) is not { } q || q.HourlyUsd > price.HourlyUsd)
            {
                continue;
            }

            // Why: at least 2 instances where there were 2 or more (Availability Zone spread).
            for (var n = count >= 2 ? 2 : 1; n <= count; n++)
            {
                if (fleetVcpus <= n * s.Vcpu && fleetGpus <= n * s.GpuCount && memoryGib <= (double)s.GpuMemoryGib && q.HourlyUsd * n < best)
                {
                    best = q.HourlyUsd * n;
                }
            }
        }

        var need = string.Create(CultureInfo.InvariantCulture, $"needs {fleetVcpus:0.##} vCPUs, {fleetGpus:0.##} GPUs, {memoryGib:0.##} GiB GPU memory");
        if (best >= currentHourly)
        {
            return (null, $"{need}: no cheaper fleet of {count} × {type} fits");
        }

        var savings = MonthlySavings.RoundCents((currentHourly - best) * MonthlySavings.HoursPerMonth);
        return savings >= MinMonthlySavings ? (savings, null) : (null, $"{need}: saves {savings} a month, under $10");
    }
}
