using System.Collections.Concurrent;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>Descriptions of finished training jobs (Completed, Failed, Stopped never change), kept across collection cycles.</summary>
public interface ITrainingJobCache
{
    /// <summary>The cached job with this ARN, if any.</summary>
    bool TryGet(string trainingJobArn, out SageMakerTrainingJob job);

    /// <summary>Stores a job; only finished jobs are kept (see <see cref="TrainingJobStatuses.IsFinished"/>).</summary>
    void Put(SageMakerTrainingJob job);
}

/// <summary>Training job statuses.</summary>
public static class TrainingJobStatuses
{
    /// <summary>True for the terminal statuses whose description never changes again.</summary>
    public static bool IsFinished(string status) => status is "Completed" or "Failed" or "Stopped";
}

/// <summary>An in-process <see cref="ITrainingJobCache"/> keyed by ARN (ARNs carry account and region, so scopes never collide).</summary>
public sealed class InMemoryTrainingJobCache : ITrainingJobCache
{
    private readonly ConcurrentDictionary<string, SageMakerTrainingJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>How many jobs are cached.</summary>
    public int Count => _jobs.Count;

    public bool TryGet(string trainingJobArn, out SageMakerTrainingJob job)
    {
        ArgumentNullException.ThrowIfNull(trainingJobArn);
        return _jobs.TryGetValue(trainingJobArn, out job!);
    }

    public void Put(SageMakerTrainingJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (TrainingJobStatuses.IsFinished(job.Status))
        {
            _jobs[job.Arn] = job;
        }
    }
}
