using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection.Ec2;

/// <summary>
/// What the EC2 collector found in one scope: GPU/accelerator instances, their types' hardware and recent spot prices,
/// with the statuses of <see cref="Sources.Ec2Instances"/> and <see cref="Sources.Ec2SpotPrices"/>.
/// </summary>
public sealed record Ec2Inventory(
    IReadOnlyList<Ec2Instance> Instances,
    IReadOnlyList<Ec2InstanceTypeInfo> InstanceTypes,
    IReadOnlyList<SpotPriceObservation> SpotPrices,
    SourceStatus InstancesStatus,
    SourceStatus SpotPricesStatus);
