using Advisor.Core.Snapshots;

namespace Advisor.Aws.Ec2;

/// <summary>The EC2 calls the advisor makes (read-only), one page per call so that callers can count calls.</summary>
public interface IEc2Api
{
    /// <summary>DescribeInstances with the given filters, one page (MaxResults 5-1000).</summary>
    Task<Ec2InstancePage> DescribeInstancesAsync(Ec2InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>DescribeInstanceTypes for at most 100 types, one page.</summary>
    Task<Ec2InstanceTypePage> DescribeInstanceTypesAsync(IReadOnlyList<string> instanceTypes, string? nextToken, CancellationToken cancellationToken);

    /// <summary>DescribeSpotPriceHistory (Linux/UNIX) for the given types from a start time, one page.</summary>
    Task<SpotPricePage> DescribeSpotPriceHistoryAsync(SpotPriceQuery query, CancellationToken cancellationToken);
}

/// <summary>A DescribeInstances page request. Empty lists mean "no filter".</summary>
public sealed record Ec2InstanceQuery
{
    /// <summary>Filter <c>instance-type</c> (wildcards allowed, e.g. <c>g5.*</c>).</summary>
    public IReadOnlyList<string> InstanceTypes { get; init; } = [];

    /// <summary>Filter <c>instance-state-name</c>, e.g. running, stopped.</summary>
    public IReadOnlyList<string> States { get; init; } = [];

    public string? NextToken { get; init; }

    /// <summary>Why: AWS's maximum page size for DescribeInstances, so the fewest calls.</summary>
    public int MaxResults { get; init; } = 1000;
}

/// <summary>One page of instances.</summary>
public sealed record Ec2InstancePage(IReadOnlyList<Ec2Instance> Instances, string? NextToken);

/// <summary>One page of instance type descriptions.</summary>
public sealed record Ec2InstanceTypePage(IReadOnlyList<Ec2InstanceTypeInfo> InstanceTypes, string? NextToken);

/// <summary>A DescribeSpotPriceHistory page request (product description Linux/UNIX).</summary>
public sealed record SpotPriceQuery
{
    public required IReadOnlyList<string> InstanceTypes { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? NextToken { get; init; }

    /// <summary>Why: AWS's maximum page size for DescribeSpotPriceHistory.</summary>
    public int MaxResults { get; init; } = 1000;
}

/// <summary>One page of spot prices.</summary>
public sealed record SpotPricePage(IReadOnlyList<SpotPriceObservation> Prices, string? NextToken);
