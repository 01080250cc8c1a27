using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>
/// Notebook instances: ListNotebookInstances (pages of 100), then one DescribeNotebookInstance each for the accelerators and
/// volume size the list does not carry.
/// </summary>
public sealed class NotebookInstanceCollector(
    ISageMakerApi sageMaker,
    CollectionOptions options,
    SageMakerResourceOptions resourceOptions,
    ILogger<NotebookInstanceCollector> logger)
{
    /// <summary>Collects every notebook instance and the <see cref="Sources.SageMakerNotebooks"/> status.</summary>
    public async Task<(IReadOnlyList<SageMakerNotebookInstance> Notebooks, SourceStatus Status)> CollectAsync(CancellationToken cancellationToken)
    {
        List<NotebookInstanceSummary> summaries;
        int calls;
        try
        {
            (summaries, calls) = await ResourceCollection.ListAllAsync("ListNotebookInstances", async (token, ct) =>
            {
                var page = await sageMaker.ListNotebookInstancesAsync(new ListNotebookInstancesRequest(token, SageMakerResourcePaging.MaxPageSize), ct);
                return (page.NotebookInstances, page.NextToken);
            }, cancellationToken);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "Listing SageMaker notebook instances failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], ResourceCollection.ListFailed(Sources.SageMakerNotebooks, ex, 1));
        }

        var outcome = await ResourceCollection.DescribeAllAsync(summaries, s => s.NotebookInstanceName, DescribeAsync,
            options.DescribeConcurrency, notFoundIsMissing: false, logger, cancellationToken);
        var total = calls + outcome.Calls + (resourceOptions.FetchTags ? outcome.Results.Count : 0);
        logger.LogInformation("Collected {NotebookCount} SageMaker notebook instances with {CallCount} calls", outcome.Results.Count, total);
        return (outcome.Results, ResourceCollection.StatusOf(Sources.SageMakerNotebooks, "notebook instances", summaries.Count, outcome.Problems, total));
    }

    private async Task<SageMakerNotebookInstance> DescribeAsync(NotebookInstanceSummary summary, CancellationToken ct)
    {
        var d = await sageMaker.DescribeNotebookInstanceAsync(summary.NotebookInstanceName, ct);
        var tags = resourceOptions.FetchTags
            ? await sageMaker.ListAllTagsAsync(d.NotebookInstanceArn, ct)
            : new Dictionary<string, string>();
        var created = d.CreationTime ?? summary.CreationTime ?? throw SageMakerWireMapper.Missing("DescribeNotebookInstance", "CreationTime");
        return new SageMakerNotebookInstance
        {
            Name = d.NotebookInstanceName,
            Arn = d.NotebookInstanceArn,
            Status = d.NotebookInstanceStatus ?? summary.NotebookInstanceStatus
                ?? throw SageMakerWireMapper.Missing("DescribeNotebookInstance", "NotebookInstanceStatus"),
            InstanceType = d.InstanceType ?? summary.InstanceType ?? throw SageMakerWireMapper.Missing("DescribeNotebookInstance", "InstanceType"),
            CreationTime = created,
            LastModifiedTime = d.LastModifiedTime ?? summary.LastModifiedTime ?? created,
            LifecycleConfigName = d.NotebookInstanceLifecycleConfigName,
            AcceleratorTypes = d.AcceleratorTypes,
            VolumeSizeGb = d.VolumeSizeInGB,
            Tags = tags,
        };
    }
}
