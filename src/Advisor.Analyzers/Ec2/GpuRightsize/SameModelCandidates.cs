using Advisor.Core.Pricing;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>
/// Smaller types of the same family and GPU model (fewer GPUs, or the same GPUs with fewer vCPUs), as the price book's specs
/// describe them. Why same family and model only: across GPU models throughput differs, and no throughput table backs a move.
/// </summary>
internal static class SameModelCandidates
{
    /// <summary>Why: IPriceBook cannot list types, so candidates are the family's EC2 GPU sizes, each checked against the specs.</summary>
    private static readonly string[] Sizes = ["xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"];

    /// <summary>Why: the price table's accelerator kind for NVIDIA GPUs (Inferentia/Trainium report no nvidia_smi metrics).</summary>
    public const string GpuAccelerator = "gpu";

    /// <summary>The hardware of smaller same-model types, smallest first; empty when the type is unknown or already the smallest.</summary>
    public static IReadOnlyList<InstanceSpec> Smaller(string instanceType, IPriceBook specs)
    {
        if (specs.Spec(instanceType) is not { Accelerator: GpuAccelerator, GpuCount: > 0 } current)
        {
            return [];
        }

        var dot = instanceType.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return [];
        }

        var family = instanceType[..(dot + 1)];
        return
        [
            .. Sizes
                .Select(size => specs.Spec(family + size))
                .OfType<InstanceSpec>()
                .Where(s => s.Accelerator == GpuAccelerator && s.GpuCount > 0 && string.Equals(s.GpuModel, current.GpuModel, StringComparison.Ordinal))
                .Where(s => s.GpuCount < current.GpuCount || (s.GpuCount == current.GpuCount && s.Vcpu < current.Vcpu))
                .OrderBy(s => s.GpuCount)
                .ThenBy(s => s.Vcpu),
        ];
    }

    /// <summary>GPU memory of one device in MiB (the table gives the type's total in GiB).</summary>
    public static double PerGpuMemoryMib(InstanceSpec spec) => spec.GpuCount > 0 ? (double)(spec.GpuMemoryGib * 1024 / spec.GpuCount) : 0;

    public static double TotalGpuMemoryMib(InstanceSpec spec) => (double)(spec.GpuMemoryGib * 1024);
}
