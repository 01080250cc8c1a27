using Advisor.Core.Domain;

namespace Advisor.Core.Tests.Analysis.Prioritization;

/// <summary>Builds findings for prioritiser tests.</summary>
internal static class Findings
{
    public static Finding Recommend(
        string resourceId,
        decimal savings,
        string analyzer = "sagemaker-endpoint-idle",
        Confidence confidence = Confidence.High,
        int risk = 0,
        Effort effort = Effort.VeryLow,
        string action = "delete-endpoint") => new()
        {
            AnalyzerId = analyzer,
            Kind = FindingKind.Recommend,
            Resource = Resource(resourceId),
            Action = action,
            Summary = $"{analyzer} on {resourceId}",
            Savings = new MonthlySavings(savings, CostBasis.ListOnDemand),
            Confidence = confidence,
            Risk = risk,
            Effort = effort,
        };

    public static ResourceRef Resource(string id) =>
        new(id, "arn:aws:sagemaker:us-east-1:123456789012:endpoint/" + id, ResourceTypes.SageMakerEndpoint, "123456789012", "us-east-1");
}
