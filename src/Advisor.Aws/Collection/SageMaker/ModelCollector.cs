using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>
/// The models in use: only those named by endpoint-config variants or inference components, one DescribeModel per distinct name
/// (never ListModels: accounts keep thousands of unused models). A model deleted while still referenced is reported as missing data.
/// </summary>
public sealed class ModelCollector(Advisor.Aws.SageMaker.ISageMakerApi sageMaker, CollectionOptions options, ILogger<ModelCollector> logger)
{
    /// <summary>Describes the models referenced by <paramref name="endpoints"/> and <paramref name="components"/>.</summary>
    public Task<(IReadOnlyList<SageMakerModel> Models, SourceStatus Status)> CollectAsync(
        IReadOnlyList<SageMakerEndpoint> endpoints, IReadOnlyList<SageMakerInferenceComponent> components, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(components);
        var names = endpoints.SelectMany(e => e.Variants).Select(v => v.ModelName)
            .Concat(components.Select(c => c.ModelName))
            .OfType<string>();
        return CollectAsync(names, cancellationToken);
    }

    /// <summary>Describes each distinct model name once.</summary>
    public async Task<(IReadOnlyList<SageMakerModel> Models, SourceStatus Status)> CollectAsync(
        IEnumerable<string> modelNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelNames);
        var distinct = modelNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outcome = await ResourceCollection.DescribeAllAsync(distinct, n => n, async (name, ct) =>
        {
            var d = await sageMaker.DescribeModelAsync(name, ct);
            return new SageMakerModel { Name = d.ModelName, Arn = d.ModelArn, CreationTime = d.CreationTime, Image = d.Image, Mode = d.Mode };
        }, options.DescribeConcurrency, notFoundIsMissing: true, logger, cancellationToken);
        logger.LogInformation("Collected {ModelCount} SageMaker models with {CallCount} calls", outcome.Results.Count, outcome.Calls);
        return (outcome.Results, ResourceCollection.StatusOf(Sources.SageMakerModels, "models", distinct.Count, outcome.Problems, outcome.Calls));
    }
}
