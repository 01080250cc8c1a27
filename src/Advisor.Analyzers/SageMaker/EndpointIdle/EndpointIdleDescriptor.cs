using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>The catalogue entry of <c>sagemaker-endpoint-idle</c>.</summary>
internal static class EndpointIdleDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerEndpointIdleAnalyzer.Id,
        Title = "Idle SageMaker real-time endpoint",
        ResourceType = ResourceTypes.SageMakerEndpoint,
        OptionsSection = SageMakerEndpointIdleOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions = ["sagemaker:DeleteEndpoint"],
        Inputs =
        [
            "SageMaker ListEndpoints, DescribeEndpoint and DescribeEndpointConfig (status, creation time, variants, instance types and counts)",
            "CloudWatch AWS/SageMaker Invocations (Sum) per EndpointName + VariantName, hourly over the analysis window",
            "CloudWatch /aws/sagemaker/Endpoints CPUUtilization (Average) per EndpointName + VariantName, hourly, to prove the endpoint was monitored",
            "On-demand Hosting price per instance type and region (Price List API, bundled table as fallback)",
        ],
        Rule = "An InService endpoint older than the window whose variants together served at most the invocation threshold "
            + "(default 0) over the whole window (default 14 days), with CPUUtilization datapoints for every instance-backed variant "
            + "covering at least 90% of the window and at least 30 hours. Serverless and scale-to-zero endpoints are excluded.",
        SavingsFormula = "Σ variants (hourly Hosting price × instance count) × 730 h, on-demand list price",
        Remediation = "Delete the endpoint (DeleteEndpoint). Its endpoint config and model are kept, so re-creating it is one CreateEndpoint call.",
        Rollback = "CreateEndpoint with the same endpoint name and the kept endpoint config; the endpoint is back in service in minutes.",
        Rationale = "A real-time endpoint bills every instance hour whether or not it serves requests; one that served no traffic "
            + "for two weeks is the simplest and safest saving in a SageMaker estate.",
    };
}
