using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.SavingsPlan;

/// <summary>
/// <c>sagemaker-savings-plan</c>: steady SageMaker on-demand spend → buy the SageMaker Savings Plan Cost Explorer recommends, with
/// its hourly commitment capped at the hourly spend floor of the daily costs. One finding per account, from <see cref="ScopeSnapshot.Costs"/>.
/// </summary>
public sealed class SageMakerSavingsPlanAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-savings-plan";

    private readonly SageMakerSavingsPlanOptions _options;

    public SageMakerSavingsPlanAnalyzer(IOptions<SageMakerSavingsPlanOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => SavingsPlanDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);

        // Why: the rule reads Cost Explorer only; no CloudWatch metric is needed.
        return [];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return [SavingsPlanRules.Evaluate(snapshot, _options)];
    }
}
