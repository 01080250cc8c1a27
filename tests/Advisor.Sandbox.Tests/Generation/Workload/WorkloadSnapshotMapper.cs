using Advisor.Core.Snapshots;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Workload;

/// <summary>
/// Maps a generated estate's training jobs and notebook instances to a <see cref="ScopeSnapshot"/> the way the collectors describe
/// them (ARNs lower-cased, seconds as TimeSpans), with a 14-day hourly window ending at the estate's "now" and no spot prices.
/// </summary>
internal static class WorkloadSnapshotMapper
{
    public static ScopeSnapshot Map(SandboxEstate estate)
    {
        var inventory = new ScopeInventory(new Scope(estate.AccountId, estate.Region), [])
        {
            TrainingJobs = [.. estate.TrainingJobs.Select(j => Job(estate, j))],
            NotebookInstances = [.. estate.NotebookInstances.Select(n => Notebook(estate, n))],
        };
        var window = new AnalysisWindow(estate.Now.AddDays(-14), estate.Now, TimeSpan.FromHours(1));
        return new ScopeSnapshot(inventory, window, MetricSet.Empty, [], estate.Now);
    }

    private static SageMakerTrainingJob Job(SandboxEstate estate, SandboxTrainingJob job) => new()
    {
        Name = job.Name,
        Arn = estate.Arn("training-job", job.Name),
        Status = job.Status,
        CreationTime = job.CreationTime,
        TrainingStartTime = job.TrainingStartTime,
        TrainingEndTime = job.TrainingEndTime,
        InstanceType = job.InstanceType,
        InstanceCount = job.InstanceCount,
        TrainingImage = job.TrainingImage,
        EnableManagedSpotTraining = job.EnableManagedSpotTraining,
        CheckpointS3Uri = job.CheckpointS3Uri,
        MaxRuntime = TimeSpan.FromSeconds(job.MaxRuntimeSeconds),
        MaxWaitTime = job.MaxWaitSeconds is { } wait ? TimeSpan.FromSeconds(wait) : null,
        TrainingTime = job.TrainingSeconds is { } training ? TimeSpan.FromSeconds(training) : null,
        BillableTime = job.BillableSeconds is { } billable ? TimeSpan.FromSeconds(billable) : null,
        Tags = job.Tags,
    };

    private static SageMakerNotebookInstance Notebook(SandboxEstate estate, SandboxNotebookInstance notebook) => new()
    {
        Name = notebook.Name,
        Arn = estate.Arn("notebook-instance", notebook.Name),
        Status = notebook.Status,
        InstanceType = notebook.InstanceType,
        CreationTime = notebook.CreationTime,
        LastModifiedTime = notebook.LastModifiedTime,
        LifecycleConfigName = notebook.LifecycleConfigName,
        AcceleratorTypes = notebook.AcceleratorTypes,
        VolumeSizeGb = notebook.VolumeSizeGb,
        Tags = notebook.Tags,
    };
}
