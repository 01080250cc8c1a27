using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>Which EC2 instances the GPU analyzers cover, by DescribeInstanceTypes hardware (not by the type's name).</summary>
internal static class Ec2Hardware
{
    /// <summary>Why: InstanceState name as EC2 spells it; only running instances bill compute hours.</summary>
    public const string Running = "running";

    /// <summary>Why: RootDeviceType as EC2 spells it; such an instance cannot be stopped, only terminated.</summary>
    public const string InstanceStore = "instance-store";

    /// <summary>Why: InstanceLifecycle as EC2 spells it for spot instances (on-demand has none).</summary>
    public const string Spot = "spot";

    public static bool IsRunning(Ec2Instance instance) => string.Equals(instance.State, Running, StringComparison.Ordinal);

    public static bool IsSpot(Ec2Instance instance) => string.Equals(instance.Lifecycle, Spot, StringComparison.Ordinal);

    /// <summary>The hardware of an instance's type, or null when DescribeInstanceTypes did not return it.</summary>
    public static Ec2InstanceTypeInfo? TypeOf(ScopeInventory inventory, Ec2Instance instance) =>
        inventory.Ec2InstanceTypes.FirstOrDefault(t => string.Equals(t.InstanceType, instance.InstanceType, StringComparison.Ordinal));

    public static bool IsAccelerated(Ec2InstanceTypeInfo type) => type.GpuCount > 0 || type.AcceleratorCount > 0;

    /// <summary>The finding factory for one instance (EC2 snapshots carry no ARN, so it is composed from the scope).</summary>
    public static FindingFactory Findings(string analyzerId, Ec2Instance instance, Scope scope) => new(
        analyzerId,
        new ResourceRef(
            instance.InstanceId,
            $"arn:aws:ec2:{scope.Region}:{scope.Account}:instance/{instance.InstanceId}",
            ResourceTypes.Ec2Instance,
            scope.Account,
            scope.Region));
}
