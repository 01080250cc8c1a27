using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;
using Advisor.Sandbox.SageMaker;

namespace Advisor.Sandbox.AutoScaling;

/// <summary>
/// Application Auto Scaling of the sandbox (awsJson1_1, <c>AnyScaleFrontendService</c>): DescribeScalableTargets and
/// DescribeScalingPolicies over the estate's variant policies, paged with NextToken.
/// </summary>
internal sealed class AutoScalingService(SandboxEstate estate) : ISandboxApi
{
    /// <summary>Why: the only scalable dimension of a SageMaker production variant.</summary>
    private const string VariantDimension = "sagemaker:variant:DesiredInstanceCount";

    private static readonly string[] Namespaces =
        ["ecs", "elasticmapreduce", "ec2", "appstream", "dynamodb", "rds", "sagemaker", "custom-resource", "comprehend", "lambda",
         "cassandra", "kafka", "elasticache", "neptune", "workspaces"];

    public SandboxService Service => SandboxService.ApplicationAutoScaling;

    public byte[] Handle(ApiCall call)
    {
        using var document = JsonInput.Parse(call.Body);
        var input = document.RootElement;
        try
        {
            return call.Operation switch
            {
                "DescribeScalableTargets" => Describe(input, "DescribeScalableTargets", "ScalableTargets", (w, p) =>
                {
                    Common(w, p);
                    w.WriteNumber("MinCapacity", p.MinCapacity);
                    w.WriteNumber("MaxCapacity", p.MaxCapacity);
                    w.WriteString("RoleARN", $"arn:aws:iam::{estate.AccountId}:role/aws-service-role/sagemaker.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint");
                    w.WriteTimestamp("CreationTime", estate.Now.AddDays(-30));
                }),
                "DescribeScalingPolicies" => Describe(input, "DescribeScalingPolicies", "ScalingPolicies", (w, p) =>
                {
                    w.WriteString("PolicyName", p.PolicyName);
                    w.WriteString("PolicyARN", $"arn:aws:autoscaling:{estate.Region}:{estate.AccountId}:scalingPolicy:{p.PolicyName}:resource/sagemaker/{p.ResourceId}:policyName/{p.PolicyName}");
                    Common(w, p);
                    w.WriteString("PolicyType", "TargetTrackingScaling");
                    w.WriteStartObject("TargetTrackingScalingPolicyConfiguration");
                    w.WriteNumber("TargetValue", p.TargetValue);
                    w.WriteStartObject("PredefinedMetricSpecification");
                    w.WriteString("PredefinedMetricType", "SageMakerVariantInvocationsPerInstance");
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteTimestamp("CreationTime", estate.Now.AddDays(-30));
                }),
                _ => throw ApiErrors.UnknownOperation(call.Protocol, call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw ApiErrors.Validation(ex.Message);
        }
    }

    private static void Common(Utf8JsonWriter w, SandboxScalingPolicy p)
    {
        w.WriteString("ServiceNamespace", "sagemaker");
        w.WriteString("ResourceId", p.ResourceId);
        w.WriteString("ScalableDimension", VariantDimension);
    }

    private byte[] Describe(JsonElement input, string operation, string listMember, Action<Utf8JsonWriter, SandboxScalingPolicy> write)
    {
        var ns = SageMakerListing.Enum(input, "ServiceNamespace", Namespaces)
            ?? throw ApiErrors.Validation("1 validation error detected: Value null at 'serviceNamespace' failed to satisfy constraint: Member must not be null");

        // Why: Application Auto Scaling describe operations accept MaxResults 1–50 and default to 50.
        var maxResults = SageMakerListing.MaxResults(input, 1, 50, 50);
        var resourceIds = JsonInput.Array(input, "ResourceIds")?.Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal);
        var matching = ns != "sagemaker" ? [] : estate.ScalingPolicies
            .Where(p => resourceIds is null || resourceIds.Contains(p.ResourceId))
            .OrderBy(p => p.ResourceId, StringComparer.Ordinal)
            .ToList();
        var (page, next) = SageMakerListing.Page(matching, input, operation, maxResults);
        return SageMakerListing.Write(listMember, page, next, write);
    }
}
