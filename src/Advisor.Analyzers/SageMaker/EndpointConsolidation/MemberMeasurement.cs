using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>What a candidate's data says: idle, unmeasured, unpriced, too busy, or low-use with its demand.</summary>
internal enum MemberVerdict
{
    LowUse,
    Busy,
    Idle,
    Insufficient,
    Unpriced,
}

/// <summary>A measured candidate: verdict, the highest normalised use over its dimensions, demand in vCPUs and its price.</summary>
internal sealed record MemberMeasurement(ConsolidationCandidate Candidate, MemberVerdict Verdict, double PeakUse, double DemandVcpus, int Datapoints, PriceQuote? Quote)
{
    /// <summary>Why: CloudWatch stores percentages 0–100 per device; one fully busy vCPU or GPU is 100.</summary>
    private const double Full = 100;

    public decimal HourlyUsd => (Quote?.HourlyUsd ?? 0) * Candidate.Variant.InstanceCount;

    public static MemberMeasurement Measure(ConsolidationCandidate c, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointConsolidationOptions options)
    {
        var name = c.Endpoint.Name;
        var window = snapshot.Window;
        var quote = prices.Find(c.InstanceType, snapshot.Scope.Region, PriceComponent.Hosting);
        var invocations = EndpointRightsizeMetrics.Values(snapshot, EndpointRightsizeMetrics.InvocationsTotal(name, c.Variant.Name, window)).Sum();
        var cpu = Series(snapshot, c, EndpointIdleMetrics.CpuMetric);
        var gpu = c.IsGpu ? Series(snapshot, c, EndpointRightsizeMetrics.GpuMetric) : null;
        var memory = c.IsGpu ? Series(snapshot, c, EndpointRightsizeMetrics.GpuMemoryMetric) : null;
        var fewest = Math.Min(cpu.Count, Math.Min(gpu?.Count ?? int.MaxValue, memory?.Count ?? int.MaxValue));
        if (quote is null)
        {
            return new(c, MemberVerdict.Unpriced, 0, 0, fewest, null);
        }

        // Why: an endpoint with no invocations is deleted, not consolidated; sagemaker-endpoint-idle owns it.
        if (invocations <= 0)
        {
            return new(c, MemberVerdict.Idle, 0, 0, fewest, quote);
        }

        if (fewest < options.MinDatapoints)
        {
            return new(c, MemberVerdict.Insufficient, 0, 0, fewest, quote);
        }

        var cpuPeak = VariantDemand.Percentile(cpu, options.Percentile);
        var peak = cpuPeak / (Full * c.Spec.Vcpu);
        if (gpu is not null && memory is not null)
        {
            peak = Math.Max(peak, Math.Max(
                VariantDemand.Percentile(gpu, options.Percentile) / (Full * c.Spec.GpuCount),
                VariantDemand.Percentile(memory, options.Percentile) / (Full * c.Spec.GpuCount)));
        }

        var demand = cpuPeak / Full * c.Variant.InstanceCount;
        return new(c, peak < options.MaxUtilisation ? MemberVerdict.LowUse : MemberVerdict.Busy, peak, demand, fewest, quote);
    }

    private static List<double> Series(ScopeSnapshot snapshot, ConsolidationCandidate c, string metric) =>
        EndpointRightsizeMetrics.Values(snapshot, EndpointRightsizeMetrics.Hourly(metric, c.Endpoint.Name, c.Variant.Name, snapshot.Window));
}
