namespace Advisor.Aws.AutoScaling;

/// <summary>
/// The Application Auto Scaling operations the advisor uses (awsJson1_1, target prefix <c>AnyScaleFrontendService</c>,
/// signing name <c>application-autoscaling</c>). Pages may be empty yet carry a NextToken: keep paging until it is null.
/// </summary>
public interface IApplicationAutoScalingApi
{
    /// <summary>One page of DescribeScalableTargets for a service namespace (the advisor asks for <c>sagemaker</c>).</summary>
    Task<DescribeScalableTargetsResponse> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of DescribeScalingPolicies for a service namespace.</summary>
    Task<DescribeScalingPoliciesResponse> DescribeScalingPoliciesAsync(DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default);
}

/// <summary>DescribeScalableTargets input (MaxResults 1–50).</summary>
public sealed record DescribeScalableTargetsRequest(string ServiceNamespace, string? NextToken = null, int? MaxResults = null);

/// <summary>DescribeScalableTargets output.</summary>
public sealed record DescribeScalableTargetsResponse(IReadOnlyList<ScalableTarget> ScalableTargets, string? NextToken);

/// <summary>One scalable target, e.g. ResourceId <c>endpoint/my-ep/variant/AllTraffic</c>, dimension <c>sagemaker:variant:DesiredInstanceCount</c>.</summary>
public sealed record ScalableTarget(string ServiceNamespace, string ResourceId, string ScalableDimension, int MinCapacity, int MaxCapacity);

/// <summary>DescribeScalingPolicies input (MaxResults 1–50).</summary>
public sealed record DescribeScalingPoliciesRequest(string ServiceNamespace, string? NextToken = null, int? MaxResults = null);

/// <summary>DescribeScalingPolicies output.</summary>
public sealed record DescribeScalingPoliciesResponse(IReadOnlyList<ScalingPolicy> ScalingPolicies, string? NextToken);

/// <summary>One scaling policy; <see cref="PredefinedMetricType"/> is set for predefined target tracking.</summary>
public sealed record ScalingPolicy(
    string PolicyName, string ServiceNamespace, string ResourceId, string ScalableDimension, string PolicyType, string? PredefinedMetricType, double? TargetValue);
