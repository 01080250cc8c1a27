using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>The catalogue entry of <c>ml-previous-generation</c>.</summary>
internal static class PreviousGenerationDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = MlPreviousGenerationAnalyzer.Id,
        Title = "Endpoint on a previous-generation ML instance family with a cheaper current successor",
        ResourceType = ResourceTypes.SageMakerEndpoint,
        OptionsSection = MlPreviousGenerationOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListEndpoints",
            "sagemaker:DescribeEndpoint",
            "sagemaker:DescribeEndpointConfig",
            "pricing:GetProducts",
        ],
        RemediationIamActions =
        [
            "sagemaker:CreateEndpointConfig",
            "sagemaker:UpdateEndpoint",
        ],
        Inputs =
        [
            "SageMaker DescribeEndpoint and DescribeEndpointConfig (variant instance type and count)",
            "On-demand Hosting prices of the old type and its successor",
            "The successor table of pricing-notes.md §7 (p2, p3, g3, g4dn, inf1)",
        ],
        Rule = "Every InService endpoint variant on an enabled previous-generation family (p2, p3, g3, g4dn, inf1) is compared with its "
            + "successor of the same or more accelerators (pricing-notes.md §7). Only where the successor is cheaper per hour is a move "
            + "recommended (per-dollar evidence); where it costs more, NoAction with the successor and the price delta; where either "
            + "price is missing, InsufficientData. No performance multiplier is ever used in the figure. Training jobs are not covered yet.",
        SavingsFormula = "Σ variants with a cheaper successor (old hourly − successor hourly) × instance count × 730 h; list on-demand.",
        Remediation = "Create an endpoint config with the successor type (rebuild the container/model for the new accelerator if needed, "
            + "e.g. Neuron for Inferentia2), load-test it, then UpdateEndpoint (blue/green).",
        Rollback = "UpdateEndpoint back to the previous endpoint config.",
        Rationale = "Older accelerators are both slower and, since the 2025 price cuts, sometimes dearer per hour than their successors: "
            + "moving is then a saving before any speed-up is counted.",
    };
}
