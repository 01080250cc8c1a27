using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Advisor.Sandbox.CloudWatch;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Consolidation;

/// <summary>
/// Builds the <see cref="ScopeSnapshot"/> the collectors would build from a generated estate for endpoints and models: DescribeEndpoint
/// joined with the endpoint config, DescribeModel's image, and the analyzers' planned metrics answered by the sandbox's own aggregation.
/// </summary>
internal static class ConsolidationSnapshotMapper
{
    public static ScopeSnapshot Map(SandboxEstate estate, IEnumerable<IAnalyzer> analyzers)
    {
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var endpoints = estate.Endpoints.Select(e => Endpoint(estate, e, configs.GetValueOrDefault(e.ConfigName))).ToList();
        var inventory = new ScopeInventory(new Scope(estate.AccountId, estate.Region), endpoints)
        {
            Models = [.. estate.Models.Select(m => new SageMakerModel
            {
                Name = m.Name, Arn = estate.Arn("model", m.Name), CreationTime = m.CreationTime, Image = m.Image, Mode = m.Mode,
            })],
        };
        var window = new AnalysisWindow(estate.Now.AddDays(-14), estate.Now, TimeSpan.FromHours(1));
        var specs = analyzers.SelectMany(a => a.PlanMetrics(inventory, window)).Distinct().ToList();
        var series = specs.Select(s => new MetricSeries(s, Answer(estate, s, window))).ToList();
        return new ScopeSnapshot(inventory, window, new MetricSet(series), [], estate.Now);
    }

    private static SageMakerEndpoint Endpoint(SandboxEstate estate, SandboxEndpoint e, SandboxEndpointConfig? config) => new()
    {
        Name = e.Name,
        Arn = estate.EndpointArn(e.Name),
        Status = e.Status,
        CreationTime = e.CreationTime,
        LastModifiedTime = e.LastModifiedTime,
        ConfigName = e.ConfigName,
        ConfigResolved = config is not null,
        Variants = config is null ? [] : [.. config.Variants.Select(v => new EndpointVariant
        {
            Name = v.Name,
            InstanceType = v.InstanceType,
            InstanceCount = v.ServerlessMemoryMb is null ? v.InstanceCount ?? 1 : 0,
            AcceleratorType = v.AcceleratorType,
            ModelName = v.ModelName,
            ServerlessMemoryMb = v.ServerlessMemoryMb,
            ManagedScalingMinInstances = v.ManagedScalingMin,
        })],
    };

    private static IReadOnlyList<MetricPoint> Answer(SandboxEstate estate, MetricSpec spec, AnalysisWindow window)
    {
        var key = new SeriesKey(spec.Namespace, spec.MetricName, spec.Dimensions.Select(d => new KeyValuePair<string, string>(d.Name, d.Value)));
        return estate.Metrics.Find(key) is { } hourly
            ? [.. HourlyAggregator.Aggregate(hourly, window.Start, window.End, spec.PeriodSeconds, spec.Stat).Select(p => new MetricPoint(p.Timestamp, p.Value))]
            : [];
    }
}
