namespace Advisor.Core.Snapshots;

/// <summary>The resources of one scope, as listed and described (phase one of a collection, before metrics are planned).</summary>
public sealed record ScopeInventory(Scope Scope, IReadOnlyList<SageMakerEndpoint> Endpoints);

/// <summary>
/// Everything collected for one account × region in one cycle: inventory, metrics and per-source status.
/// Immutable and serialisable; analyzers read only this.
/// </summary>
public sealed record ScopeSnapshot(
    ScopeInventory Inventory,
    AnalysisWindow Window,
    MetricSet Metrics,
    IReadOnlyList<SourceStatus> Sources,
    DateTimeOffset CollectedAt)
{
    public Scope Scope => Inventory.Scope;

    /// <summary>The status of a source, or NotChecked when it was not read.</summary>
    public SourceStatus StatusOf(string source) =>
        Sources.FirstOrDefault(s => s.Source == source) ?? new SourceStatus(source, SourceHealth.NotChecked);
}

/// <summary>Source names used in <see cref="SourceStatus.Source"/>.</summary>
public static class Sources
{
    public const string SageMakerEndpoints = "sagemaker:endpoints";
    public const string CloudWatchMetrics = "cloudwatch:metrics";
    public const string Pricing = "pricing";
}
