namespace Advisor.Sandbox.Estate;

/// <summary>
/// The ML estate one sandbox serves: endpoints, their configs and hourly metrics, for one account and region.
/// Built by the generator (seed + scale) or loaded from an estate file. Once served (<see cref="Live"/>), the resource
/// lists the mutating operations touch (endpoints, configs, notebooks, EC2 instances) are <see cref="LiveList{T}"/>s.
/// </summary>
public sealed record SandboxEstate
{
    public required string AccountId { get; init; }
    public required string Region { get; init; }

    /// <summary>The estate's "now": metrics end at this hour (exclusive). Always on an hour boundary.</summary>
    public required DateTimeOffset Now { get; init; }

    public IReadOnlyList<SandboxEndpoint> Endpoints { get; init; } = [];
    public IReadOnlyList<SandboxEndpointConfig> EndpointConfigs { get; init; } = [];
    public IReadOnlyList<SandboxModel> Models { get; init; } = [];
    public IReadOnlyList<SandboxInferenceComponent> InferenceComponents { get; init; } = [];
    public IReadOnlyList<SandboxTrainingJob> TrainingJobs { get; init; } = [];
    public IReadOnlyList<SandboxNotebookInstance> NotebookInstances { get; init; } = [];
    public IReadOnlyList<SandboxStudioApp> StudioApps { get; init; } = [];
    public IReadOnlyList<SandboxEc2Instance> Ec2Instances { get; init; } = [];
    public MetricStore Metrics { get; init; } = MetricStore.Empty;

    /// <summary>Application Auto Scaling target-tracking policies on endpoint variants.</summary>
    public IReadOnlyList<SandboxScalingPolicy> ScalingPolicies { get; init; } = [];

    /// <summary>The ExternalId the estate's roles require in AssumeRole (null: none required).</summary>
    public string? StsExternalId { get; init; }

    /// <summary>A copy whose mutable resource lists are <see cref="LiveList{T}"/>s (the server serves this one).</summary>
    public SandboxEstate Live() => this with
    {
        Endpoints = Endpoints as LiveList<SandboxEndpoint> ?? new LiveList<SandboxEndpoint>(Endpoints),
        EndpointConfigs = EndpointConfigs as LiveList<SandboxEndpointConfig> ?? new LiveList<SandboxEndpointConfig>(EndpointConfigs),
        InferenceComponents = InferenceComponents as LiveList<SandboxInferenceComponent> ?? new LiveList<SandboxInferenceComponent>(InferenceComponents),
        NotebookInstances = NotebookInstances as LiveList<SandboxNotebookInstance> ?? new LiveList<SandboxNotebookInstance>(NotebookInstances),
        Ec2Instances = Ec2Instances as LiveList<SandboxEc2Instance> ?? new LiveList<SandboxEc2Instance>(Ec2Instances),
    };

    /// <summary>The live list behind <paramref name="list"/>; throws when the estate is not being served.</summary>
    public static LiveList<T> Mutable<T>(IReadOnlyList<T> list) =>
        list as LiveList<T> ?? throw new InvalidOperationException("The estate is not live: serve it through SandboxServer (SandboxEstate.Live()).");

    public string EndpointArn(string name) => $"arn:aws:sagemaker:{Region}:{AccountId}:endpoint/{name.ToLowerInvariant()}";

    public string EndpointConfigArn(string name) => $"arn:aws:sagemaker:{Region}:{AccountId}:endpoint-config/{name.ToLowerInvariant()}";

    /// <summary>ARN of another SageMaker resource kind, e.g. <c>Arn("training-job", name)</c> (AWS lower-cases SageMaker names in ARNs).</summary>
    public string Arn(string kind, string name) => $"arn:aws:sagemaker:{Region}:{AccountId}:{kind}/{name.ToLowerInvariant()}";
}

/// <summary>A real-time endpoint. Its variants and instance counts come from <see cref="ConfigName"/>'s config.</summary>
public sealed record SandboxEndpoint
{
    public required string Name { get; init; }
    public required string ConfigName { get; init; }

    /// <summary>EndpointStatus: InService, Creating, Updating, Failed, OutOfService, ...</summary>
    public string Status { get; init; } = "InService";

    /// <summary>Status the next DescribeEndpoint settles to after answering the transitional one (Creating/Updating → InService).</summary>
    public string? PendingStatus { get; init; }

    /// <summary>Why the endpoint is Failed (DescribeEndpoint's FailureReason); null otherwise.</summary>
    public string? FailureReason { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>An endpoint config (immutable in AWS: a change means a new config under a new name).</summary>
public sealed record SandboxEndpointConfig
{
    public required string Name { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required IReadOnlyList<SandboxVariant> Variants { get; init; }
}

/// <summary>A production variant: instance-backed (type + count) or serverless (memory + concurrency).</summary>
public sealed record SandboxVariant
{
    public required string Name { get; init; }
    public string? ModelName { get; init; }
    public string? InstanceType { get; init; }
    public int? InstanceCount { get; init; }

    /// <summary>Elastic Inference accelerator (ml.eia1.* / ml.eia2.*), legacy.</summary>
    public string? AcceleratorType { get; init; }
    public int? ServerlessMemoryMb { get; init; }
    public int? ServerlessMaxConcurrency { get; init; }

    /// <summary>Managed instance scaling bounds; min 0 = scale-to-zero (inference-component endpoints).</summary>
    public int? ManagedScalingMin { get; init; }
    public int? ManagedScalingMax { get; init; }
}
