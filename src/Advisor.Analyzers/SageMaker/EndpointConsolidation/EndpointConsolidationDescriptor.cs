using Advisor.Core.Analysis;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>The catalogue entry of <c>sagemaker-endpoint-consolidation</c>.</summary>
internal static class EndpointConsolidationDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerEndpointConsolidationAnalyzer.Id,
        Title = "Low-traffic SageMaker endpoints that can share one multi-model endpoint",
        ResourceType = SageMakerEndpointConsolidationAnalyzer.GroupResourceType,
        OptionsSection = SageMakerEndpointConsolidationOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "sagemaker:ListModels",
            "sagemaker:DescribeModel",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions =
        [
            "sagemaker:CreateModel",
            "sagemaker:CreateEndpointConfig",
            "sagemaker:CreateEndpoint",
            "sagemaker:DeleteEndpoint",
        ],
        Inputs =
        [
            "SageMaker ListEndpoints, DescribeEndpoint and DescribeEndpointConfig (status, creation time, variant, instance type and count, model)",
            "SageMaker DescribeModel (the container image of each variant's model)",
            "CloudWatch /aws/sagemaker/Endpoints CPUUtilization, and on GPU types GPUUtilization and GPUMemoryUtilization (Maximum), "
                + "per EndpointName + VariantName, hourly over the analysis window (the right-size rule's queries)",
            "CloudWatch AWS/SageMaker Invocations (Sum, one datapoint over the window), to leave idle endpoints to sagemaker-endpoint-idle",
            "On-demand Hosting prices of the members' types and of the candidate types of their families",
        ],
        Rule = "Members: InService endpoints older than the window with one instance-backed variant (no managed scaling) that served "
            + "invocations, whose P99.5 of hourly maxima uses less than 25% of the instance on every dimension (CPU ÷ vCPUs; on GPU "
            + "types also GPU ÷ GPUs and GPU memory ÷ GPUs), with at least 30 hourly datapoints each. Members are grouped by container "
            + "image; a group needs at least 2 CPU members (GPU members need Triton and are not consolidated in this version). Summed "
            + "demand in vCPUs + 20% headroom is packed onto the cheapest CPU type of the members' families that holds it, on 1 "
            + "instance (2 if any member ran 2 or more). Savings above $10 a month are recommended.",
        SavingsFormula = "(Σ members' hourly Hosting price × instance count − consolidated hourly price × count) × 730 h, on-demand list price",
        Remediation = "Create a multi-model endpoint (Mode MultiModel, the shared image, model artifacts under one S3 prefix) on the "
            + "candidate fleet, point each caller at it with TargetModel, then delete the old endpoints. Load-test first: host memory, "
            + "model load time and cold starts were not measured.",
        Rollback = "Keep the old endpoint configs; recreate the old endpoints from them and point callers back.",
        Rationale = "Teams deploy each small model on its own endpoint; each pays for a whole instance that sits mostly idle, while "
            + "one shared instance would serve them all.",
    };
}
