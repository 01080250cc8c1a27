namespace Advisor.Core.Snapshots;

/// <summary>A SageMaker real-time endpoint as collected: DescribeEndpoint joined with its endpoint config.</summary>
public sealed record SageMakerEndpoint
{
    public required string Name { get; init; }
    public required string Arn { get; init; }

    /// <summary>EndpointStatus as AWS reports it (InService, Updating, ...).</summary>
    public required string Status { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public string? ConfigName { get; init; }

    /// <summary>False when the endpoint config could not be read (deleted or denied): instance types are then unknown.</summary>
    public bool ConfigResolved { get; init; } = true;

    public IReadOnlyList<EndpointVariant> Variants { get; init; } = [];
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>One production variant: the config's instance type and accelerator joined with the endpoint's current instance count.</summary>
public sealed record EndpointVariant
{
    public required string Name { get; init; }

    /// <summary>ml.* instance type; null for serverless variants or when the config is unknown.</summary>
    public string? InstanceType { get; init; }

    /// <summary>Instances running now (DescribeEndpoint CurrentInstanceCount, else the config's InitialInstanceCount).</summary>
    public int InstanceCount { get; init; }

    /// <summary>Elastic Inference accelerator (ml.eia*), if the config still names one.</summary>
    public string? AcceleratorType { get; init; }

    public string? ModelName { get; init; }

    /// <summary>Serverless memory size; non-null means a serverless variant (billed per use, no instances).</summary>
    public int? ServerlessMemoryMb { get; init; }

    /// <summary>Managed instance scaling minimum; 0 means the variant may scale to zero (inference-component endpoints).</summary>
    public int? ManagedScalingMinInstances { get; init; }

    public bool IsServerless => ServerlessMemoryMb is not null;
}
