namespace Advisor.Sandbox.Estate;

/// <summary>A SageMaker model (container image and mode), referenced by endpoint-config variants and inference components.</summary>
public sealed record SandboxModel
{
    public required string Name { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required string Image { get; init; }

    /// <summary>SingleModel or MultiModel.</summary>
    public string Mode { get; init; } = "SingleModel";
}

/// <summary>An inference component placed on an endpoint variant.</summary>
public sealed record SandboxInferenceComponent
{
    public required string Name { get; init; }
    public required string EndpointName { get; init; }
    public required string VariantName { get; init; }
    public required string ModelName { get; init; }
    public string Status { get; init; } = "InService";
    public required DateTimeOffset CreationTime { get; init; }
    public int CopyCount { get; init; } = 1;

    /// <summary>
    /// Set by UpdateInferenceComponentRuntimeConfig: the copy count being moved to while the component is Updating (the next
    /// DescribeInferenceComponent answers Updating, then it becomes <see cref="CopyCount"/>); null when settled.
    /// </summary>
    public int? DesiredCopyCount { get; init; }

    /// <summary>When its runtime config last changed; null = never since creation.</summary>
    public DateTimeOffset? LastModifiedTime { get; init; }
    public double CpuCoresRequired { get; init; } = 1;
    public int? AcceleratorDevicesRequired { get; init; }
    public int MinMemoryRequiredMb { get; init; } = 1024;
}

/// <summary>A training job. Billable seconds below training seconds mean managed spot saved money.</summary>
public sealed record SandboxTrainingJob
{
    public required string Name { get; init; }

    /// <summary>InProgress, Completed, Failed, Stopping, Stopped.</summary>
    public string Status { get; init; } = "Completed";
    public required DateTimeOffset CreationTime { get; init; }
    public DateTimeOffset? TrainingStartTime { get; init; }
    public DateTimeOffset? TrainingEndTime { get; init; }
    public required string InstanceType { get; init; }
    public int InstanceCount { get; init; } = 1;
    public required string TrainingImage { get; init; }
    public bool EnableManagedSpotTraining { get; init; }
    public string? CheckpointS3Uri { get; init; }
    public int MaxRuntimeSeconds { get; init; } = 86_400;
    public int? MaxWaitSeconds { get; init; }
    public int? TrainingSeconds { get; init; }
    public int? BillableSeconds { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>A notebook instance.</summary>
public sealed record SandboxNotebookInstance
{
    public required string Name { get; init; }

    /// <summary>Pending, InService, Stopping, Stopped, Failed.</summary>
    public string Status { get; init; } = "InService";

    /// <summary>Status the next DescribeNotebookInstance settles to after answering the transitional one (Stopping → Stopped).</summary>
    public string? PendingStatus { get; init; }
    public required string InstanceType { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public string? LifecycleConfigName { get; init; }
    public IReadOnlyList<string> AcceleratorTypes { get; init; } = [];
    public int VolumeSizeGb { get; init; } = 5;
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>A Studio app in a domain (for a user profile or a space).</summary>
public sealed record SandboxStudioApp
{
    public required string DomainId { get; init; }
    public string? UserProfileName { get; init; }
    public string? SpaceName { get; init; }

    /// <summary>JupyterServer, KernelGateway, JupyterLab, CodeEditor, ...</summary>
    public required string AppType { get; init; }
    public required string AppName { get; init; }
    public string Status { get; init; } = "InService";
    public required DateTimeOffset CreationTime { get; init; }
    public string? InstanceType { get; init; }
}

/// <summary>An EC2 instance (the estate holds GPU/accelerator instances and a few CPU ones).</summary>
public sealed record SandboxEc2Instance
{
    public required string InstanceId { get; init; }
    public required string InstanceType { get; init; }

    /// <summary>pending, running, stopping, stopped, terminated.</summary>
    public string State { get; init; } = "running";
    public required DateTimeOffset LaunchTime { get; init; }
    public string AvailabilityZone { get; init; } = "us-east-1a";
    public string RootDeviceType { get; init; } = "ebs";

    /// <summary>"spot" for spot instances, else null (on-demand).</summary>
    public string? Lifecycle { get; init; }

    /// <summary>Whether the CloudWatch agent publishes nvidia_smi_* GPU metrics for it (CWAgent namespace).</summary>
    public bool HasGpuAgentMetrics { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
