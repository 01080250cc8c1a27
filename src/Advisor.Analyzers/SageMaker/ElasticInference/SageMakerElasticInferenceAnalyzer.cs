using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>
/// <c>sagemaker-elastic-inference</c>: Elastic Inference is end-of-life, so every InService endpoint whose variant names an ml.eia*
/// accelerator, and every InService or Stopped notebook instance with AcceleratorTypes, is told to migrate (a must-do, even when the
/// target costs more). Inputs: the endpoint and notebook inventory, Hosting prices, and the former EI prices of pricing-notes.md §2.
/// </summary>
public sealed class SageMakerElasticInferenceAnalyzer : IAnalyzer
{
    /// <summary>The analyzer's stable id.</summary>
    public const string Id = "sagemaker-elastic-inference";

    /// <summary>Why: EndpointStatus / NotebookInstanceStatus as AWS spells it.</summary>
    internal const string InServiceStatus = "InService";

    /// <summary>Why: a Stopped notebook with EI cannot start as configured, so it is reported too.</summary>
    internal const string StoppedStatus = "Stopped";

    private readonly SageMakerElasticInferenceOptions _options;

    public SageMakerElasticInferenceAnalyzer(IOptions<SageMakerElasticInferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public AnalyzerDescriptor Descriptor => ElasticInferenceDescriptor.Value;

    /// <inheritdoc />
    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(window);

        // Why: the rule reads the configs only; the target is chosen by accelerator size, so no CloudWatch query is needed.
        return [];
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        var endpoints = snapshot.Inventory.Endpoints
            .Where(e => string.Equals(e.Status, InServiceStatus, StringComparison.Ordinal)
                && e.Variants.Any(v => ElasticInferencePrices.IsElasticInference(v.AcceleratorType)))
            .Select(e => EndpointAcceleratorRules.Evaluate(e, snapshot, context.Prices, _options));
        var notebooks = snapshot.Inventory.NotebookInstances
            .Where(n => (string.Equals(n.Status, InServiceStatus, StringComparison.Ordinal) || string.Equals(n.Status, StoppedStatus, StringComparison.Ordinal))
                && n.AcceleratorTypes.Any(ElasticInferencePrices.IsElasticInference))
            .Select(n => NotebookAcceleratorRules.Evaluate(n, snapshot));
        return [.. endpoints, .. notebooks];
    }
}
