namespace Advisor.Core.Snapshots;

/// <summary>The resources of one scope, as listed and described (phase one of a collection, before metrics are planned).</summary>
public sealed record ScopeInventory(Scope Scope, IReadOnlyList<SageMakerEndpoint> Endpoints)
{
    public IReadOnlyList<SageMakerInferenceComponent> InferenceComponents { get; init; } = [];
    public IReadOnlyList<SageMakerModel> Models { get; init; } = [];
    public IReadOnlyList<SageMakerTrainingJob> TrainingJobs { get; init; } = [];
    public IReadOnlyList<SageMakerNotebookInstance> NotebookInstances { get; init; } = [];
    public IReadOnlyList<SageMakerStudioApp> StudioApps { get; init; } = [];
    public IReadOnlyList<Ec2Instance> Ec2Instances { get; init; } = [];

    /// <summary>Hardware of every EC2 instance type in <see cref="Ec2Instances"/>.</summary>
    public IReadOnlyList<Ec2InstanceTypeInfo> Ec2InstanceTypes { get; init; } = [];

    /// <summary>
    /// CloudWatch-agent GPU metrics (namespace CWAgent, nvidia_smi_*) found with ListMetrics for the scope's EC2 instances.
    /// Why: the agent adds dimensions (index, name, host, ...) whose values only ListMetrics can tell; a query must name them all.
    /// </summary>
    public IReadOnlyList<MetricIdentity> AgentMetrics { get; init; } = [];

    /// <summary>
    /// Application Auto Scaling resource ids (<c>endpoint/&lt;name&gt;/variant/&lt;variant&gt;</c>) of the variants that have a
    /// scaling policy; see the <c>application-autoscaling</c> source status for whether this was read.
    /// </summary>
    public IReadOnlyList<string> ScaledVariantResourceIds { get; init; } = [];
}

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

    /// <summary>Cost Explorer data for the scope's account, or null when not collected (see the <c>costexplorer</c> source status).</summary>
    public CostData? Costs { get; init; }

    /// <summary>Recent spot prices for the EC2 and training instance types seen in the scope.</summary>
    public IReadOnlyList<SpotPriceObservation> SpotPrices { get; init; } = [];

    /// <summary>Prices fetched from the Price List API for this scope (the bundled table covers the rest).</summary>
    public IReadOnlyList<Pricing.PriceQuote> Prices { get; init; } = [];

    /// <summary>The status of a source, or NotChecked when it was not read.</summary>
    public SourceStatus StatusOf(string source) =>
        Sources.FirstOrDefault(s => s.Source == source) ?? new SourceStatus(source, SourceHealth.NotChecked);
}

/// <summary>Source names used in <see cref="SourceStatus.Source"/>.</summary>
public static class Sources
{
    public const string SageMakerEndpoints = "sagemaker:endpoints";
    public const string SageMakerInferenceComponents = "sagemaker:inference-components";
    public const string SageMakerModels = "sagemaker:models";
    public const string SageMakerTrainingJobs = "sagemaker:training-jobs";
    public const string SageMakerNotebooks = "sagemaker:notebook-instances";
    public const string SageMakerStudioApps = "sagemaker:studio-apps";
    public const string CloudWatchMetrics = "cloudwatch:metrics";
    public const string CloudWatchAgentMetrics = "cloudwatch:agent-metrics";
    public const string CostExplorer = "costexplorer";
    public const string Pricing = "pricing";
    public const string Ec2Instances = "ec2:instances";
    public const string Ec2SpotPrices = "ec2:spot-prices";
    public const string Sts = "sts:assume-role";
    public const string ApplicationAutoScaling = "application-autoscaling";
}
