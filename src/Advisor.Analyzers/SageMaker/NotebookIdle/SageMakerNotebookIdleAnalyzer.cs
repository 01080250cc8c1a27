using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>
/// <c>sagemaker-notebook-idle</c>: an InService notebook instance with no lifecycle config (no auto-stop) whose
/// LastModifiedTime is at least <see cref="SageMakerNotebookIdleOptions.MinDaysSinceModified"/> days old is told to stop and
/// add auto-stop, saving the hours outside an assumed busy week. Inputs: the notebook inventory and Notebook prices; SageMaker
/// publishes no CloudWatch metrics for notebooks, so the confidence is Medium.
/// </summary>
public sealed class SageMakerNotebookIdleAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-notebook-idle";

    /// <summary>Why: NotebookInstanceStatus as AWS spells it; only a running notebook bills for its instance.</summary>
    internal const string InServiceStatus = "InService";

    private readonly SageMakerNotebookIdleOptions _options;

    public SageMakerNotebookIdleAnalyzer(IOptions<SageMakerNotebookIdleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => NotebookIdleDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);

        // Why: SageMaker publishes no CloudWatch metrics for notebook instances, so there is nothing to ask for.
        return [];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            .. snapshot.Inventory.NotebookInstances
                .Where(n => string.Equals(n.Status, InServiceStatus, StringComparison.Ordinal))
                .Select(n => NotebookIdleRules.Evaluate(n, snapshot, context.Prices, _options)),
        ];
    }
}
