using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>
/// <c>ec2-gpu-idle</c>: a running EC2 instance with GPUs or accelerators whose CPU, network and (where the CloudWatch agent runs)
/// GPUs stayed below the idle thresholds on nearly every day of the window is recommended for stopping. Inputs: DescribeInstances,
/// DescribeInstanceTypes, <c>AWS/EC2</c> CPUUtilization/NetworkIn/NetworkOut per InstanceId, <c>CWAgent</c> nvidia_smi_utilization_gpu
/// per GPU, EC2 on-demand and spot prices.
/// </summary>
public sealed class Ec2GpuIdleAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "ec2-gpu-idle";

    private readonly Ec2GpuIdleOptions _options;

    public Ec2GpuIdleAnalyzer(IOptions<Ec2GpuIdleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => GpuIdleDescriptor.Value;

    /// <inheritdoc />
    /// <remarks>
    /// Why Maximum with a one-day period: a day's maximum is the largest sample of every hour in it, so a day maximum below 5%
    /// proves every hourly maximum was below 5%, with 14 datapoints per series instead of 336. Network is a daily Sum (bytes a day).
    /// </remarks>
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);
        var specs = new List<MetricSpec>();
        foreach (var instance in Covered(inventory))
        {
            var id = instance.InstanceId;
            specs.Add(Ec2Metrics.Ec2(Ec2Metrics.Cpu, id, Ec2Metrics.Maximum, Ec2Metrics.DaySeconds));
            specs.Add(Ec2Metrics.Ec2(Ec2Metrics.NetworkIn, id, Ec2Metrics.Sum, Ec2Metrics.DaySeconds));
            specs.Add(Ec2Metrics.Ec2(Ec2Metrics.NetworkOut, id, Ec2Metrics.Sum, Ec2Metrics.DaySeconds));
            specs.AddRange(Ec2Metrics.Agent(inventory, id, Ec2Metrics.GpuUtilization).Select(m => m.ToSpec(Ec2Metrics.Maximum, Ec2Metrics.DaySeconds)));
        }

        return specs;
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var instance in snapshot.Inventory.Ec2Instances.Where(Ec2Hardware.IsRunning))
        {
            var type = Ec2Hardware.TypeOf(snapshot.Inventory, instance);
            if (type is null)
            {
                findings.Add(Ec2Hardware.Findings(Id, instance, snapshot.Scope).Insufficient(
                    $"The hardware of {instance.InstanceType} (instance {instance.InstanceId}) was not described, so whether it has GPUs is unknown."));
            }
            else if (Ec2Hardware.IsAccelerated(type))
            {
                findings.Add(GpuIdleRules.Evaluate(instance, type, snapshot, context.Prices, _options));
            }
        }

        return findings;
    }

    /// <summary>Running instances whose type has GPUs or accelerators (stopped instances bill no compute and are not evaluated).</summary>
    private static IEnumerable<Ec2Instance> Covered(ScopeInventory inventory) =>
        inventory.Ec2Instances.Where(i => Ec2Hardware.IsRunning(i) && Ec2Hardware.TypeOf(inventory, i) is { } t && Ec2Hardware.IsAccelerated(t));
}
