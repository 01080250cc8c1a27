using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>
/// A variant's measured demand: the percentile of the hourly maxima of each gauge (summed over devices, as SageMaker publishes
/// them), with headroom, converted into capacity a fleet must provide. CPU and GPU load spread over the instances; GPU memory
/// does not (every instance holds the whole model), so it must fit on each instance.
/// </summary>
internal sealed record VariantDemand(
    int Instances,
    double CpuPercentile,
    double? GpuPercentile,
    double? GpuMemoryPercentile,
    double Headroom)
{
    /// <summary>Why: CloudWatch stores percentages 0–100 per device; one fully busy vCPU or GPU is 100.</summary>
    private const double Full = 100;

    /// <summary>The percentile of the values (nearest rank, as the EC2 right-size rule).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percentile) => GpuDemand.NearestRank(values, percentile);

    /// <summary>vCPUs the whole fleet needs: P(CPU) ÷ 100 × (1 + headroom) × instances.</summary>
    public double FleetVcpus => CpuPercentile / Full * (1 + Headroom) * Instances;

    /// <summary>GPUs the whole fleet needs: P(GPU) ÷ 100 × (1 + headroom) × instances (0 on CPU types).</summary>
    public double FleetGpus => (GpuPercentile ?? 0) / Full * (1 + Headroom) * Instances;

    /// <summary>GPU memory (GiB) each instance needs: P(GPU memory) ÷ (100 × GPUs) × (1 + headroom) × the current type's GPU memory.</summary>
    public double GpuMemoryGibPerInstance(InstanceSpec current) =>
        current.GpuCount > 0 ? (GpuMemoryPercentile ?? 0) / (Full * current.GpuCount) * (1 + Headroom) * (double)current.GpuMemoryGib : 0;

    /// <summary>Whether <paramref name="count"/> instances of <paramref name="candidate"/> hold the demand on every dimension.</summary>
    public bool FitsOn(InstanceSpec candidate, int count, InstanceSpec current) =>
        FleetVcpus <= count * candidate.Vcpu
        && FleetGpus <= count * candidate.GpuCount
        && GpuMemoryGibPerInstance(current) <= (double)candidate.GpuMemoryGib;

    /// <summary>Normalised demand of a gauge: the percentile ÷ (100 × devices), before headroom.</summary>
    public static double Normalised(double percentile, int devices) => devices > 0 ? percentile / (Full * devices) : 0;
}
