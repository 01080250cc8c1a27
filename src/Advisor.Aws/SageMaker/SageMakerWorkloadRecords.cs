namespace Advisor.Aws.SageMaker;

/// <summary>ListTrainingJobs input. SageMaker applies <see cref="StatusEquals"/> AFTER taking MaxResults jobs.</summary>
public sealed record ListTrainingJobsRequest(
    string? NextToken = null,
    int? MaxResults = null,
    DateTimeOffset? CreationTimeAfter = null,
    DateTimeOffset? CreationTimeBefore = null,
    string? StatusEquals = null);

/// <summary>ListTrainingJobs output.</summary>
public sealed record ListTrainingJobsResponse(IReadOnlyList<TrainingJobSummary> TrainingJobSummaries, string? NextToken);

/// <summary>One entry of ListTrainingJobs.</summary>
public sealed record TrainingJobSummary(
    string TrainingJobName,
    string TrainingJobArn,
    DateTimeOffset CreationTime,
    DateTimeOffset? TrainingEndTime,
    DateTimeOffset? LastModifiedTime,
    string TrainingJobStatus);

/// <summary>DescribeTrainingJob output, flattened (AlgorithmSpecification, ResourceConfig, StoppingCondition, CheckpointConfig).</summary>
public sealed record DescribeTrainingJobResponse
{
    public required string TrainingJobName { get; init; }
    public required string TrainingJobArn { get; init; }
    public required string TrainingJobStatus { get; init; }
    public string? SecondaryStatus { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public DateTimeOffset? TrainingStartTime { get; init; }
    public DateTimeOffset? TrainingEndTime { get; init; }
    public DateTimeOffset? LastModifiedTime { get; init; }
    public string? TrainingImage { get; init; }
    public string? InstanceType { get; init; }
    public int? InstanceCount { get; init; }
    public bool EnableManagedSpotTraining { get; init; }
    public string? CheckpointS3Uri { get; init; }
    public int? MaxRuntimeInSeconds { get; init; }
    public int? MaxWaitTimeInSeconds { get; init; }
    public int? TrainingTimeInSeconds { get; init; }
    public int? BillableTimeInSeconds { get; init; }
}

/// <summary>ListNotebookInstances input.</summary>
public sealed record ListNotebookInstancesRequest(string? NextToken = null, int? MaxResults = null, string? StatusEquals = null);

/// <summary>ListNotebookInstances output.</summary>
public sealed record ListNotebookInstancesResponse(IReadOnlyList<NotebookInstanceSummary> NotebookInstances, string? NextToken);

/// <summary>One entry of ListNotebookInstances (only the name and ARN are required by the model).</summary>
public sealed record NotebookInstanceSummary(
    string NotebookInstanceName,
    string NotebookInstanceArn,
    string? NotebookInstanceStatus,
    string? InstanceType,
    DateTimeOffset? CreationTime,
    DateTimeOffset? LastModifiedTime,
    string? NotebookInstanceLifecycleConfigName);

/// <summary>DescribeNotebookInstance output (nothing is required in the model; the client requires name and ARN).</summary>
public sealed record DescribeNotebookInstanceResponse(
    string NotebookInstanceName,
    string NotebookInstanceArn,
    string? NotebookInstanceStatus,
    string? InstanceType,
    DateTimeOffset? CreationTime,
    DateTimeOffset? LastModifiedTime,
    string? NotebookInstanceLifecycleConfigName,
    IReadOnlyList<string> AcceleratorTypes,
    int? VolumeSizeInGB);

/// <summary>ListApps input.</summary>
public sealed record ListAppsRequest(string? NextToken = null, int? MaxResults = null, string? DomainIdEquals = null);

/// <summary>ListApps output.</summary>
public sealed record ListAppsResponse(IReadOnlyList<AppDetails> Apps, string? NextToken);

/// <summary>One Studio app (ResourceSpec.InstanceType flattened).</summary>
public sealed record AppDetails(
    string DomainId,
    string? UserProfileName,
    string? SpaceName,
    string AppType,
    string AppName,
    string Status,
    DateTimeOffset? CreationTime,
    string? InstanceType);
