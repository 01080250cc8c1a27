using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>Inference components: ListInferenceComponents (pages of 100), then one DescribeInferenceComponent each (model, copies, compute).</summary>
public sealed class InferenceComponentCollector(ISageMakerApi sageMaker, CollectionOptions options, ILogger<InferenceComponentCollector> logger)
{
    /// <summary>Collects every inference component and the <see cref="Sources.SageMakerInferenceComponents"/> status.</summary>
    public async Task<(IReadOnlyList<SageMakerInferenceComponent> Components, SourceStatus Status)> CollectAsync(CancellationToken cancellationToken)
    {
        List<InferenceComponentSummary> summaries;
        int calls;
        try
        {
            (summaries, calls) = await ResourceCollection.ListAllAsync("ListInferenceComponents", async (token, ct) =>
            {
                var page = await sageMaker.ListInferenceComponentsAsync(
                    new ListInferenceComponentsRequest(token, SageMakerResourcePaging.MaxPageSize), ct);
                return (page.InferenceComponents, page.NextToken);
            }, cancellationToken);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "Listing SageMaker inference components failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], ResourceCollection.ListFailed(Sources.SageMakerInferenceComponents, ex, 1));
        }

        var outcome = await ResourceCollection.DescribeAllAsync(summaries, s => s.InferenceComponentName, DescribeAsync,
            options.DescribeConcurrency, notFoundIsMissing: false, logger, cancellationToken);
        var total = calls + outcome.Calls;
        logger.LogInformation("Collected {ComponentCount} SageMaker inference components with {CallCount} calls", outcome.Results.Count, total);
        return (outcome.Results,
            ResourceCollection.StatusOf(Sources.SageMakerInferenceComponents, "inference components", summaries.Count, outcome.Problems, total));
    }

    private async Task<SageMakerInferenceComponent> DescribeAsync(InferenceComponentSummary summary, CancellationToken ct)
    {
        var d = await sageMaker.DescribeInferenceComponentAsync(summary.InferenceComponentName, ct);
        return new SageMakerInferenceComponent
        {
            Name = d.InferenceComponentName,
            Arn = d.InferenceComponentArn,
            EndpointName = d.EndpointName,
            VariantName = d.VariantName,
            Status = d.InferenceComponentStatus ?? summary.InferenceComponentStatus
                ?? throw SageMakerWireMapper.Missing("DescribeInferenceComponent", "InferenceComponentStatus"),
            CreationTime = d.CreationTime,
            ModelName = d.ModelName,

            // Why: what is billed is the copies running now; the desired count is only a target.
            CopyCount = d.CurrentCopyCount ?? d.DesiredCopyCount,
            CpuCoresRequired = d.NumberOfCpuCoresRequired,
            AcceleratorDevicesRequired = d.NumberOfAcceleratorDevicesRequired is { } devices ? (int)Math.Ceiling(devices) : null,
            MinMemoryRequiredMb = d.MinMemoryRequiredInMb,
        };
    }
}
