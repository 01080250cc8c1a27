using Advisor.Core.Pricing;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>A hosting type with its hardware and on-demand Hosting price.</summary>
internal sealed record HostingType(InstanceSpec Spec, PriceQuote Quote)
{
    public string InstanceType => Quote.InstanceType;
}

/// <summary>
/// Cheaper hosting types of the same family (and, for GPU types, the same GPU model), as the price book describes them.
/// Why same family and model only: across models throughput differs, and no throughput table backs such a move (ANALYZERS.md).
/// </summary>
internal static class HostingCandidates
{
    /// <summary>Why: the price book cannot list types, so candidates are the family's SageMaker sizes, each looked up in it.</summary>
    private static readonly string[] Sizes =
        ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"];

    /// <summary>Why: the price table's accelerator kinds this rule sizes: CPU-only and NVIDIA GPU types (SageMaker publishes GPU metrics for these).</summary>
    public const string CpuOnly = "none";

    public const string Gpu = "gpu";

    /// <summary>Whether the rule can size this hardware (CPU-only or NVIDIA GPU).</summary>
    public static bool Covers(InstanceSpec spec) => spec.Accelerator is CpuOnly or Gpu;

    /// <summary>Priced same-family, same-GPU-model types cheaper per instance than <paramref name="current"/>, cheapest first.</summary>
    public static IReadOnlyList<HostingType> Cheaper(HostingType current, string region, IPriceBook prices)
    {
        var type = current.InstanceType;
        var dot = type.LastIndexOf('.');
        if (dot <= 0)
        {
            return [];
        }

        var family = type[..(dot + 1)];
        var found = new List<HostingType>();
        foreach (var size in Sizes)
        {
            var candidate = family + size;
            if (string.Equals(candidate, type, StringComparison.Ordinal)
                || prices.Spec(candidate) is not { } spec
                || !SameHardwareKind(spec, current.Spec)
                || prices.Find(candidate, region, Core.Pricing.PriceComponent.Hosting) is not { } quote
                || quote.HourlyUsd >= current.Quote.HourlyUsd)
            {
                continue;
            }

            found.Add(new HostingType(spec, quote));
        }

        return [.. found.OrderBy(c => c.Quote.HourlyUsd)];
    }

    /// <summary>
    /// Whether a variant could move at all, from hardware alone: a smaller same-family, same-model size exists, or it runs more
    /// instances than the floor it must keep. Why hardware only: planning runs before prices are fetched.
    /// </summary>
    public static bool CanShrink(InstanceSpec current, string instanceType, int count, IPriceBook specs)
    {
        if (!Covers(current))
        {
            return false;
        }

        if (count > FleetChoice.Floor(count))
        {
            return true;
        }

        var dot = instanceType.LastIndexOf('.');
        var family = dot > 0 ? instanceType[..(dot + 1)] : instanceType;
        return Sizes
            .Select(size => specs.Spec(family + size))
            .OfType<InstanceSpec>()
            .Any(s => SameHardwareKind(s, current) && (s.Vcpu < current.Vcpu || s.GpuCount < current.GpuCount));
    }

    private static bool SameHardwareKind(InstanceSpec candidate, InstanceSpec current) =>
        string.Equals(candidate.Accelerator, current.Accelerator, StringComparison.Ordinal)
        && string.Equals(candidate.GpuModel, current.GpuModel, StringComparison.Ordinal);
}
