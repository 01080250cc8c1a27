using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// <c>sagemaker-training-spot</c>: recurring training pipelines (jobs of the last 30 days grouped by name stem, image and
/// instance type) that run on-demand and either checkpoint or finish within an hour are told to enable managed spot
/// training; longer runs without checkpoints to add checkpointing first. Inputs: DescribeTrainingJob, spot price history
/// (else the family band of pricing-notes §4) and Training prices. No CloudWatch metrics.
/// </summary>
public sealed class SageMakerTrainingSpotAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-training-spot";

    private readonly SageMakerTrainingSpotOptions _options;

    public SageMakerTrainingSpotAnalyzer(IOptions<SageMakerTrainingSpotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => TrainingSpotDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);

        // Why: spend comes from DescribeTrainingJob's billable seconds, so no CloudWatch query is needed.
        return [];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);

        // Why: the analysis window's end is the snapshot's "now" (analyzers never read the clock).
        var since = snapshot.Window.End.AddDays(-_options.LookbackDays);
        var recent = snapshot.Inventory.TrainingJobs.Where(j => j.CreationTime >= since && j.CreationTime <= snapshot.Window.End);
        return [.. TrainingPipeline.Group(recent).Select(p => TrainingSpotRules.Evaluate(p, snapshot, context.Prices, _options))];
    }
}
