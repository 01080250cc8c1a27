using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>
/// <c>ec2-gpu-rightsize</c>: a running NVIDIA GPU instance whose measured GPU demand (P99.5 of the hourly Σ GPU utilisation + 20%),
/// GPU memory and CPU fit a cheaper, smaller type of the same family and GPU model is recommended for a type change. Needs the
/// CloudWatch agent's nvidia_smi metrics; without them the verdict is InsufficientData (as Compute Optimizer).
/// </summary>
public sealed class Ec2GpuRightsizeAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "ec2-gpu-rightsize";

    private readonly Ec2GpuRightsizeOptions _options;

    public Ec2GpuRightsizeAnalyzer(IOptions<Ec2GpuRightsizeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => GpuRightsizeDescriptor.Value;

    /// <inheritdoc />
    /// <remarks>
    /// Lean: only agent instances whose type has a smaller same-model type. Why the bundled table here: planning runs before prices
    /// are fetched, and it only needs hardware facts (GPU model and count per type), which do not change.
    /// </remarks>
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        var hourly = GpuDemand.HourSeconds(window);
        var specs = new List<MetricSpec>();
        foreach (var instance in Covered(inventory))
        {
            var id = instance.InstanceId;
            var utilisation = Ec2Metrics.Agent(inventory, id, Ec2Metrics.GpuUtilization);
            if (utilisation.Count == 0 || SameModelCandidates.Smaller(instance.InstanceType, BundledPriceBook.Default).Count == 0)
            {
                continue;
            }

            specs.AddRange(utilisation.Select(m => m.ToSpec(Ec2Metrics.Maximum, hourly)));
            specs.AddRange(Ec2Metrics.Agent(inventory, id, Ec2Metrics.GpuMemoryUsed).Select(m => m.ToSpec(Ec2Metrics.Maximum, hourly)));

            // Why: the device's memory size does not change; one datapoint over the whole window is enough.
            specs.AddRange(Ec2Metrics.Agent(inventory, id, Ec2Metrics.GpuMemoryTotal)
                .Select(m => m.ToSpec(Ec2Metrics.Maximum, Ec2Metrics.WindowSeconds(window))));
            specs.Add(Ec2Metrics.Ec2(Ec2Metrics.Cpu, id, Ec2Metrics.Maximum, hourly));
        }

        return specs;
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return [.. Covered(snapshot.Inventory).Select(i => GpuRightsizeRules.Evaluate(i, snapshot, context.Prices, _options))];
    }

    /// <summary>Running instances whose described type has NVIDIA GPUs (accelerator-only types publish no nvidia_smi metrics).</summary>
    private static IEnumerable<Ec2Instance> Covered(ScopeInventory inventory) =>
        inventory.Ec2Instances.Where(i => Ec2Hardware.IsRunning(i) && Ec2Hardware.TypeOf(inventory, i) is { GpuCount: > 0 });
}
