namespace Advisor.Core.Snapshots;

/// <summary>A running (or stopped) EC2 instance of a GPU or accelerator type, from DescribeInstances.</summary>
public sealed record Ec2Instance
{
    public required string InstanceId { get; init; }
    public required string InstanceType { get; init; }

    /// <summary>State name: pending, running, stopping, stopped, shutting-down, terminated.</summary>
    public required string State { get; init; }
    public required DateTimeOffset LaunchTime { get; init; }

    /// <summary>Root device type: ebs (can be stopped) or instance-store.</summary>
    public string? RootDeviceType { get; init; }
    public string? AvailabilityZone { get; init; }

    /// <summary>Spot or on-demand: InstanceLifecycle "spot", else null.</summary>
    public string? Lifecycle { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

/// <summary>Hardware of an EC2 instance type, from DescribeInstanceTypes.</summary>
public sealed record Ec2InstanceTypeInfo
{
    public required string InstanceType { get; init; }
    public int VCpus { get; init; }
    public long MemoryMib { get; init; }
    public int GpuCount { get; init; }
    public string? GpuManufacturer { get; init; }
    public string? GpuModel { get; init; }
    public long GpuMemoryMib { get; init; }

    /// <summary>Inferentia/Trainium chips (InferenceAcceleratorInfo / NeuronInfo), when the type has them.</summary>
    public int AcceleratorCount { get; init; }
    public string? AcceleratorName { get; init; }
}

/// <summary>One spot price observation (DescribeSpotPriceHistory), Linux/UNIX.</summary>
public sealed record SpotPriceObservation(string InstanceType, string AvailabilityZone, decimal UsdPerHour, DateTimeOffset Timestamp);
