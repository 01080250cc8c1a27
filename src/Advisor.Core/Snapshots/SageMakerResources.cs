namespace Advisor.Core.Snapshots;

/// <summary>A SageMaker training job as DescribeTrainingJob reports it (the members the analyzers read).</summary>
public sealed record SageMakerTrainingJob
{
    public required string Name { get; init; }
    public required string Arn { get; init; }

    /// <summary>TrainingJobStatus: InProgress, Completed, Failed, Stopping, Stopped.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public DateTimeOffset? TrainingStartTime { get; init; }
    public DateTimeOffset? TrainingEndTime { get; init; }
    public string? InstanceType { get; init; }
    public int InstanceCount { get; init; }

    /// <summary>AlgorithmSpecification.TrainingImage (ECR URI), used to group recurring jobs into pipelines.</summary>
    public string? TrainingImage { get; init; }
    public bool EnableManagedSpotTraining { get; init; }

    /// <summary>CheckpointConfig.S3Uri; non-null means the job checkpoints (needed to survive spot interruptions).</summary>
    public string? CheckpointS3Uri { get; init; }
    public TimeSpan? MaxRuntime { get; init; }
    public TimeSpan? MaxWaitTime { get; init; }

    /// <summary>TrainingTimeInSeconds.</summary>
    public TimeSpan? TrainingTime { get; init; }

    /// <summary>BillableTimeInSeconds, per instance (cost = billable × count × hourly).</summary>
    public TimeSpan? BillableTime { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>A notebook instance (no CloudWatch metrics exist for them: status, times and lifecycle config are the signals).</summary>
public sealed record SageMakerNotebookInstance
{
    public required string Name { get; init; }
    public required string Arn { get; init; }

    /// <summary>NotebookInstanceStatus: Pending, InService, Stopping, Stopped, Failed, ...</summary>
    public required string Status { get; init; }
    public required string InstanceType { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }

    /// <summary>The lifecycle configuration (where auto-stop scripts live), if any.</summary>
    public string? LifecycleConfigName { get; init; }

    /// <summary>Elastic Inference accelerators still named by the instance (legacy).</summary>
    public IReadOnlyList<string> AcceleratorTypes { get; init; } = [];
    public int? VolumeSizeGb { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>A SageMaker Studio app (JupyterLab, CodeEditor, KernelGateway, ...) as ListApps reports it.</summary>
public sealed record SageMakerStudioApp
{
    public required string DomainId { get; init; }
    public string? UserProfileName { get; init; }
    public string? SpaceName { get; init; }
    public required string AppType { get; init; }
    public required string AppName { get; init; }

    /// <summary>Status: Deleted, Deleting, Failed, InService, Pending.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>ResourceSpec.InstanceType (ml.*), when the app runs on an instance.</summary>
    public string? InstanceType { get; init; }
}

/// <summary>An inference component hosted on an endpoint (the modern way to share one endpoint's instances between models).</summary>
public sealed record SageMakerInferenceComponent
{
    public required string Name { get; init; }
    public required string Arn { get; init; }
    public required string EndpointName { get; init; }
    public required string VariantName { get; init; }

    /// <summary>InferenceComponentStatus: InService, Creating, Updating, Failed, Deleting.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public string? ModelName { get; init; }
    public int? CopyCount { get; init; }
    public double? CpuCoresRequired { get; init; }
    public int? AcceleratorDevicesRequired { get; init; }
    public int? MinMemoryRequiredMb { get; init; }
}

/// <summary>A SageMaker model: which container image it runs (same image → multi-model endpoint candidate).</summary>
public sealed record SageMakerModel
{
    public required string Name { get; init; }
    public required string Arn { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>PrimaryContainer.Image, or the first container's image.</summary>
    public string? Image { get; init; }

    /// <summary>PrimaryContainer.Mode: SingleModel or MultiModel.</summary>
    public string? Mode { get; init; }
}
