using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>What the window shows for one instance-backed variant: monitoring coverage, CPU and invocations.</summary>
internal sealed record VariantUsage(
    EndpointVariant Variant,
    int CpuDatapoints,
    double Coverage,
    double? AverageCpuPercentPerVcpu,
    double Invocations,
    bool InvocationsSeriesMissing)
{
    /// <summary>Reads one variant's series from the snapshot.</summary>
    public static VariantUsage Measure(string endpointName, EndpointVariant variant, ScopeSnapshot snapshot, IPriceBook prices)
    {
        var window = snapshot.Window;
        var period = EndpointIdleMetrics.PeriodSeconds(window);
        var cpu = EndpointIdleMetrics.PointsInWindow(
            snapshot.Metrics, EndpointIdleMetrics.CpuUtilization(endpointName, variant.Name, period), window, out _);
        var invocations = EndpointIdleMetrics.PointsInWindow(
            snapshot.Metrics, EndpointIdleMetrics.Invocations(endpointName, variant.Name, EndpointIdleMetrics.TotalPeriodSeconds(window)), window, out var invocationsPresent);

        var expected = window.ExpectedPoints;
        var coverage = expected > 0 ? (double)cpu.Count / expected : 0d;

        // Why: SageMaker's CPUUtilization is summed over vCPUs (0–100 × vCPUs), so divide by the type's vCPU count.
        var vcpu = variant.InstanceType is { } type ? prices.Spec(type)?.Vcpu : null;
        double? perVcpu = cpu.Count > 0 && vcpu is > 0 ? Math.Round(cpu.Average(p => p.Value) / vcpu.Value, 2) : null;

        return new VariantUsage(variant, cpu.Count, coverage, perVcpu, invocations.Sum(p => p.Value), !invocationsPresent);
    }
}
