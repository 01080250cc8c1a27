using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>The catalogue entry of <c>sagemaker-endpoint-autoscaling</c>.</summary>
internal static class EndpointAutoscalingDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerEndpointAutoscalingAnalyzer.Id,
        Title = "SageMaker endpoint variant without autoscaling despite a daily traffic swing",
        ResourceType = ResourceTypes.SageMakerEndpointVariant,
        OptionsSection = SageMakerEndpointAutoscalingOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "application-autoscaling:DescribeScalingPolicies",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions =
        [
            "application-autoscaling:RegisterScalableTarget",
            "application-autoscaling:PutScalingPolicy",
            "sagemaker:UpdateEndpointWeightsAndCapacities",
        ],
        Inputs =
        [
            "SageMaker ListEndpoints, DescribeEndpoint and DescribeEndpointConfig (variants, instance types and counts)",
            "Application Auto Scaling DescribeScalingPolicies (namespace sagemaker): which variants already have a policy",
            "CloudWatch AWS/SageMaker Invocations (Sum) per EndpointName + VariantName, hourly over the analysis window",
            "On-demand Hosting price per instance type and region (Price List API, bundled table as fallback)",
        ],
        Rule = "An InService, instance-backed variant with at least 2 instances (option), no scaling policy and no managed scaling, "
            + "whose hourly Invocations swing daily: nearest-rank P95 hour ÷ P5 hour ≥ 3 (option), with at least 30 hourly datapoints.",
        SavingsFormula = "Σ observed hours (count − max(min instances, ⌈count × hour's invocations ÷ peak hour's invocations⌉)) "
            + "× hourly Hosting price ÷ observed hours × 730 h, on-demand list price",
        Remediation = "Register the variant as a scalable target (min 2, max the current count) and add a target-tracking policy on "
            + "SageMakerVariantInvocationsPerInstance.",
        Rollback = "Delete the scaling policy and deregister the scalable target; set the desired instance count back with "
            + "UpdateEndpointWeightsAndCapacities.",
        Rationale = "A fleet sized for the daily peak pays for idle instances every off-peak hour; target tracking sheds them "
            + "without touching the model or the endpoint config.",
    };
}
