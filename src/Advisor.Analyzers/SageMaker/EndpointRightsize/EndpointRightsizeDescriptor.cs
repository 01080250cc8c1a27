using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>The catalogue entry of <c>sagemaker-endpoint-rightsize</c>.</summary>
internal static class EndpointRightsizeDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerEndpointRightsizeAnalyzer.Id,
        Title = "Over-provisioned SageMaker endpoint variant",
        ResourceType = ResourceTypes.SageMakerEndpointVariant,
        OptionsSection = SageMakerEndpointRightsizeOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions = ["sagemaker:CreateEndpointConfig", "sagemaker:UpdateEndpoint"],
        Inputs =
        [
            "SageMaker ListEndpoints, DescribeEndpoint and DescribeEndpointConfig (status, creation time, variants, instance types and counts)",
            "CloudWatch /aws/sagemaker/Endpoints CPUUtilization, and on GPU types GPUUtilization and GPUMemoryUtilization (Maximum), "
                + "per EndpointName + VariantName, hourly over the analysis window",
            "CloudWatch AWS/SageMaker Invocations (Sum, one datapoint over the window) per EndpointName + VariantName, to leave idle endpoints to sagemaker-endpoint-idle",
            "On-demand Hosting prices of the current and candidate types; vCPUs, GPU model, count and memory from the price table's specs",
        ],
        Rule = "Per instance-backed production variant of an InService endpoint older than the window that served traffic: demand = "
            + "P99.5 of the hourly maxima of CPUUtilization (and on GPU types GPUUtilization and GPUMemoryUtilization), summed over "
            + "devices, + 20% headroom. The cheapest fleet that holds it is recommended: a cheaper type of the same family and GPU model "
            + "and/or fewer instances (at least 2 where there were 2 or more). CPU and GPU load spread over the instances; GPU memory "
            + "must fit on each. At least 30 hourly datapoints per dimension; savings of at least $10 a month. A variant already on the "
            + "smallest size of its family at its instance floor has nothing to move to (its metrics are not fetched).",
        SavingsFormula = "(current hourly Hosting price × current count − candidate hourly price × candidate count) × 730 h, on-demand list price",
        Remediation = "Create a new endpoint config with the candidate type and count, then UpdateEndpoint to it (blue/green: the old "
            + "fleet serves until the new one is healthy). Validate latency with a load test: host memory and throughput were not measured.",
        Rollback = "UpdateEndpoint back to the previous endpoint config (kept unchanged), again blue/green.",
        Rationale = "Endpoints are sized for launch-day guesses and rarely revisited; a variant whose busiest hours use a fraction of "
            + "its instances pays every hour for capacity it never touches.",
    };
}
