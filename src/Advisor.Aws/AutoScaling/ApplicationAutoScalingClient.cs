using System.Net;
using Advisor.Aws.Errors;
using Advisor.Aws.Protocol;

namespace Advisor.Aws.AutoScaling;

/// <summary><see cref="IApplicationAutoScalingApi"/> over awsJson1_1 (target prefix <c>AnyScaleFrontendService</c>).</summary>
public sealed class ApplicationAutoScalingClient(AwsJsonClient client) : IApplicationAutoScalingApi
{
    private const string Service = "ApplicationAutoScaling";
    private readonly AwsJsonClient _client = client ?? throw new ArgumentNullException(nameof(client));

    public async Task<DescribeScalableTargetsResponse> DescribeScalableTargetsAsync(
        DescribeScalableTargetsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "DescribeScalableTargets";
        Check(op, request.ServiceNamespace, request.MaxResults);
        var output = await _client.InvokeAsync<DescribeInput, DescribeScalableTargetsOutput>(
            op, new(request.ServiceNamespace, request.NextToken, request.MaxResults), cancellationToken);
        var targets = (output.ScalableTargets ?? throw Missing(op, "ScalableTargets")).Select(t => new ScalableTarget(
            t?.ServiceNamespace ?? throw Missing(op, "ScalableTargets[].ServiceNamespace"),
            t.ResourceId ?? throw Missing(op, "ScalableTargets[].ResourceId"),
            t.ScalableDimension ?? throw Missing(op, "ScalableTargets[].ScalableDimension"),
            t.MinCapacity ?? throw Missing(op, "ScalableTargets[].MinCapacity"),
            t.MaxCapacity ?? throw Missing(op, "ScalableTargets[].MaxCapacity"))).ToList();
        return new(targets, Token(output.NextToken));
    }

    public async Task<DescribeScalingPoliciesResponse> DescribeScalingPoliciesAsync(
        DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "DescribeScalingPolicies";
        Check(op, request.ServiceNamespace, request.MaxResults);
        var output = await _client.InvokeAsync<DescribeInput, DescribeScalingPoliciesOutput>(
            op, new(request.ServiceNamespace, request.NextToken, request.MaxResults), cancellationToken);
        var policies = (output.ScalingPolicies ?? throw Missing(op, "ScalingPolicies")).Select(p => new ScalingPolicy(
            p?.PolicyName ?? throw Missing(op, "ScalingPolicies[].PolicyName"),
            p.ServiceNamespace ?? throw Missing(op, "ScalingPolicies[].ServiceNamespace"),
            p.ResourceId ?? throw Missing(op, "ScalingPolicies[].ResourceId"),
            p.ScalableDimension ?? throw Missing(op, "ScalingPolicies[].ScalableDimension"),
            p.PolicyType ?? throw Missing(op, "ScalingPolicies[].PolicyType"),
            p.TargetTrackingScalingPolicyConfiguration?.PredefinedMetricSpecification?.PredefinedMetricType,
            p.TargetTrackingScalingPolicyConfiguration?.TargetValue)).ToList();
        return new(policies, Token(output.NextToken));
    }

    private static void Check(string op, string serviceNamespace, int? maxResults)
    {
        if (string.IsNullOrWhiteSpace(serviceNamespace))
        {
            throw new ArgumentException($"{op} needs a ServiceNamespace (e.g. \"sagemaker\").", nameof(serviceNamespace));
        }

        // Why: Application Auto Scaling describe operations accept MaxResults 1–50.
        if (maxResults is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, $"{op} MaxResults must be between 1 and 50.");
        }
    }

    private static string? Token(string? token) => string.IsNullOrEmpty(token) ? null : token;

    private static AwsInvalidResponseException Missing(string operation, string member) =>
        new(new AwsErrorDetails(
            Service, operation, "InvalidResponse",
            $"Application Auto Scaling {operation} returned a response without the required member {member}.", null, HttpStatusCode.OK));
}
