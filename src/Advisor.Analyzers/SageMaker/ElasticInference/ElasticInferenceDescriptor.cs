using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>The catalogue entry of <c>sagemaker-elastic-inference</c>.</summary>
internal static class ElasticInferenceDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerElasticInferenceAnalyzer.Id,
        Title = "Endpoint or notebook still configured with a retired Elastic Inference accelerator",
        ResourceType = ResourceTypes.SageMakerEndpoint,
        OptionsSection = SageMakerElasticInferenceOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "sagemaker:ListNotebookInstances",
            "sagemaker:DescribeNotebookInstance",
            "pricing:GetProducts",
        ],
        RemediationIamActions =
        [
            "sagemaker:CreateEndpointConfig",
            "sagemaker:UpdateEndpoint",
            "sagemaker:StopNotebookInstance",
            "sagemaker:UpdateNotebookInstance",
        ],
        Inputs =
        [
            "SageMaker DescribeEndpoint and DescribeEndpointConfig (variant AcceleratorType, instance type and count)",
            "SageMaker DescribeNotebookInstance (AcceleratorTypes, status)",
            "Former Elastic Inference prices (pricing-notes.md §2 set B; medium sizes derived) and on-demand Hosting prices of host and target",
        ],
        Rule = "Elastic Inference is end-of-life (no new customers from 2023-04-15, retired April 2024). Every InService endpoint with a "
            + "variant naming an ml.eia* AcceleratorType, and every InService or Stopped notebook instance with AcceleratorTypes, must move: "
            + "accelerators of at most 1 FP32 TFLOPS (option) are dropped (CPU-only on the same host); larger ones move to ml.g4dn.xlarge "
            + "(option) one for one. A must-do: Risk 2, Confidence High (the config states it), even when the target costs more.",
        SavingsFormula = "Σ variants (host hourly + accelerator former hourly − target hourly) × instance count × 730 h; CPU-only: "
            + "accelerator hourly × count × 730 h; notebook: Σ accelerator hourly × 730 h while InService. May be negative; list on-demand.",
        Remediation = "Create an endpoint config without the accelerator (CPU-only host, or the GPU/Inferentia target), validate it with a "
            + "load test, then UpdateEndpoint; for a notebook, stop it and update it with no accelerator.",
        Rollback = "UpdateEndpoint back to the previous config while it still exists; EI itself can no longer be launched, so there is no "
            + "way back to the accelerator.",
        Rationale = "EI is retired: a config that still names it cannot be recreated or scaled, so it must move; the saving is the "
            + "accelerator's former price, which can no longer be billed, so the true delta may be only the migration target's cost.",
    };
}
