using Advisor.Core.Analysis;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Sandbox.CloudWatch;
using Advisor.Sandbox.Ec2;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Ec2;

/// <summary>
/// Builds the <see cref="ScopeSnapshot"/> the collectors would build from a generated estate, for its EC2 GPU instances: the
/// accelerated instances and their types, the CWAgent identities ListMetrics would list, the analyzers' planned metrics answered
/// by the sandbox's own aggregation, and the latest spot prices.
/// </summary>
internal static class Ec2SnapshotMapper
{
    public static ScopeSnapshot Map(SandboxEstate estate, IEnumerable<IAnalyzer> analyzers)
    {
        var book = BundledPriceBook.Default;
        var accelerated = estate.Ec2Instances.Where(i => book.Spec(i.InstanceType) is { Accelerator: not "none" }).ToList();
        var types = accelerated.Select(i => i.InstanceType).Distinct(StringComparer.Ordinal).Select(t => TypeInfo(book.Spec(t)!)).ToList();
        var ids = accelerated.Select(i => i.InstanceId).ToHashSet(StringComparer.Ordinal);
        var agent = estate.Metrics.Keys
            .Where(k => k.Namespace == "CWAgent")
            .Select(k => new Core.Snapshots.MetricIdentity(k.Namespace, k.MetricName, [.. k.Dimensions.Split(',').Select(Dimension)]))
            .Where(m => m.Dimension("InstanceId") is { } id && ids.Contains(id))
            .ToList();
        var inventory = new ScopeInventory(new Scope(estate.AccountId, estate.Region), [])
        {
            Ec2Instances = [.. accelerated.Select(Instance)],
            Ec2InstanceTypes = types,
            AgentMetrics = agent,
        };
        var window = new AnalysisWindow(estate.Now.AddDays(-14), estate.Now, TimeSpan.FromHours(1));
        var specs = analyzers.SelectMany(a => a.PlanMetrics(inventory, window)).Distinct().ToList();
        var series = specs.Select(s => new MetricSeries(s, Answer(estate, s, window))).ToList();
        var spot = accelerated.Where(i => i.Lifecycle == "spot")
            .Select(i => (i.InstanceType, i.AvailabilityZone, At: SpotPriceModel.Floor(estate.Now)))
            .Distinct()
            .Select(x => new SpotPriceObservation(x.InstanceType, x.AvailabilityZone, SpotPriceModel.Price(x.InstanceType, estate.Region, x.AvailabilityZone, x.At)!.Value, x.At))
            .ToList();
        return new ScopeSnapshot(inventory, window, new MetricSet(series), [], estate.Now) { SpotPrices = spot };
    }

    private static IReadOnlyList<MetricPoint> Answer(SandboxEstate estate, MetricSpec spec, AnalysisWindow window)
    {
        var key = new SeriesKey(spec.Namespace, spec.MetricName, spec.Dimensions.Select(d => new KeyValuePair<string, string>(d.Name, d.Value)));
        return estate.Metrics.Find(key) is { } hourly
            ? [.. HourlyAggregator.Aggregate(hourly, window.Start, window.End, spec.PeriodSeconds, spec.Stat).Select(p => new MetricPoint(p.Timestamp, p.Value))]
            : [];
    }

    private static MetricDimension Dimension(string pair)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        return new MetricDimension(pair[..eq], pair[(eq + 1)..]);
    }

    private static Ec2Instance Instance(SandboxEc2Instance i) => new()
    {
        InstanceId = i.InstanceId,
        InstanceType = i.InstanceType,
        State = i.State,
        LaunchTime = i.LaunchTime,
        RootDeviceType = i.RootDeviceType,
        AvailabilityZone = i.AvailabilityZone,
        Lifecycle = i.Lifecycle,
    };

    private static Ec2InstanceTypeInfo TypeInfo(InstanceSpec s) => new()
    {
        InstanceType = s.InstanceType,
        VCpus = s.Vcpu,
        GpuCount = s.Accelerator == "gpu" ? s.GpuCount : 0,
        GpuModel = s.Accelerator == "gpu" ? s.GpuModel : null,
        GpuMemoryMib = s.Accelerator == "gpu" ? (long)(s.GpuMemoryGib * 1024) : 0,
        AcceleratorCount = s.Accelerator == "gpu" ? 0 : s.GpuCount,
    };
}
