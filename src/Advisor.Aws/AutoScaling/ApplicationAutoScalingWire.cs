namespace Advisor.Aws.AutoScaling;

// The JSON shapes on the wire (member names exactly as in the Application Auto Scaling model). Every output member is nullable:
// the client checks the ones the public records require and reports a missing one by name.

internal sealed record DescribeInput(string ServiceNamespace, string? NextToken, int? MaxResults);

internal sealed record DescribeScalableTargetsOutput(List<ScalableTargetWire?>? ScalableTargets, string? NextToken);

internal sealed record ScalableTargetWire(string? ServiceNamespace, string? ResourceId, string? ScalableDimension, int? MinCapacity, int? MaxCapacity);

internal sealed record DescribeScalingPoliciesOutput(List<ScalingPolicyWire?>? ScalingPolicies, string? NextToken);

internal sealed record ScalingPolicyWire(
    string? PolicyName,
    string? ServiceNamespace,
    string? ResourceId,
    string? ScalableDimension,
    string? PolicyType,
    TargetTrackingWire? TargetTrackingScalingPolicyConfiguration);

internal sealed record TargetTrackingWire(double? TargetValue, PredefinedMetricWire? PredefinedMetricSpecification);

internal sealed record PredefinedMetricWire(string? PredefinedMetricType);
