using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>
/// Training jobs created since a time: ListTrainingJobs (CreationTimeAfter, pages of 100), then at most one DescribeTrainingJob
/// per job. Finished jobs come from the <see cref="ITrainingJobCache"/> when seen in an earlier cycle, so they cost no Describe at all.
/// </summary>
public sealed class TrainingJobCollector(
    ISageMakerApi sageMaker,
    ITrainingJobCache cache,
    CollectionOptions options,
    SageMakerResourceOptions resourceOptions,
    ILogger<TrainingJobCollector> logger)
{
    /// <summary>Collects the jobs created after <paramref name="since"/> and the <see cref="Sources.SageMakerTrainingJobs"/> status.</summary>
    public async Task<(IReadOnlyList<SageMakerTrainingJob> TrainingJobs, SourceStatus Status)> CollectAsync(
        DateTimeOffset since, CancellationToken cancellationToken)
    {
        List<TrainingJobSummary> summaries;
        int calls;
        try
        {
            (summaries, calls) = await ResourceCollection.ListAllAsync("ListTrainingJobs", async (token, ct) =>
            {
                var page = await sageMaker.ListTrainingJobsAsync(
                    new ListTrainingJobsRequest(token, SageMakerResourcePaging.MaxPageSize, CreationTimeAfter: since), ct);
                return (page.TrainingJobSummaries, page.NextToken);
            }, cancellationToken);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "Listing SageMaker training jobs failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], ResourceCollection.ListFailed(Sources.SageMakerTrainingJobs, ex, 1));
        }

        var cached = new Dictionary<string, SageMakerTrainingJob>(StringComparer.Ordinal);
        var toDescribe = new List<TrainingJobSummary>();
        foreach (var summary in summaries)
        {
            if (TrainingJobStatuses.IsFinished(summary.TrainingJobStatus) && cache.TryGet(summary.TrainingJobArn, out var job))
            {
                cached[summary.TrainingJobArn] = job;
            }
            else
            {
                toDescribe.Add(summary);
            }
        }

        var outcome = await ResourceCollection.DescribeAllAsync(toDescribe, s => s.TrainingJobName, DescribeAsync,
            options.DescribeConcurrency, notFoundIsMissing: false, logger, cancellationToken);
        foreach (var job in outcome.Results)
        {
            cache.Put(job);
        }

        var described = outcome.Results.ToDictionary(j => j.Arn, StringComparer.Ordinal);
        var jobs = summaries
            .Select(s => cached.GetValueOrDefault(s.TrainingJobArn) ?? described.GetValueOrDefault(s.TrainingJobArn))
            .OfType<SageMakerTrainingJob>()
            .ToList();
        var total = calls + outcome.Calls + (resourceOptions.FetchTags ? outcome.Results.Count : 0);
        var cachedCount = cached.Count;
        logger.LogInformation(
            "Collected {JobCount} SageMaker training jobs ({CachedCount} from cache) with {CallCount} calls", jobs.Count, cachedCount, total);
        return (jobs, ResourceCollection.StatusOf(Sources.SageMakerTrainingJobs, "training jobs", summaries.Count, outcome.Problems, total));
    }

    private async Task<SageMakerTrainingJob> DescribeAsync(TrainingJobSummary summary, CancellationToken ct)
    {
        var d = await sageMaker.DescribeTrainingJobAsync(summary.TrainingJobName, ct);
        var tags = resourceOptions.FetchTags
            ? await sageMaker.ListAllTagsAsync(d.TrainingJobArn, ct)
            : new Dictionary<string, string>();
        return new SageMakerTrainingJob
        {
            Name = d.TrainingJobName,
            Arn = d.TrainingJobArn,
            Status = d.TrainingJobStatus,
            CreationTime = d.CreationTime,
            TrainingStartTime = d.TrainingStartTime,
            TrainingEndTime = d.TrainingEndTime,
            InstanceType = d.InstanceType,

            // Why: serverless fine-tuning jobs have no ResourceConfig; zero instances is honest, one would invent a cost.
            InstanceCount = d.InstanceCount ?? 0,
            TrainingImage = d.TrainingImage,
            EnableManagedSpotTraining = d.EnableManagedSpotTraining,
            CheckpointS3Uri = d.CheckpointS3Uri,
            MaxRuntime = Seconds(d.MaxRuntimeInSeconds),
            MaxWaitTime = Seconds(d.MaxWaitTimeInSeconds),
            TrainingTime = Seconds(d.TrainingTimeInSeconds),
            BillableTime = Seconds(d.BillableTimeInSeconds),
            Tags = tags,
        };
    }

    private static TimeSpan? Seconds(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
