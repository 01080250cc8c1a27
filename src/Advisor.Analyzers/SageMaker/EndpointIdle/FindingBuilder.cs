using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>Builds the one finding per endpoint with the fields every outcome shares.</summary>
internal sealed class FindingBuilder(SageMakerEndpoint endpoint, Scope scope)
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string DeleteAction = "delete-endpoint";

    private readonly ResourceRef _resource =
        new(endpoint.Name, endpoint.Arn, ResourceTypes.SageMakerEndpoint, scope.Account, scope.Region);

    public Finding NoAction(string summary, Evidence? evidence = null) => Build(FindingKind.NoAction, summary, evidence);

    public Finding Insufficient(string summary, Evidence? evidence = null) => Build(FindingKind.InsufficientData, summary, evidence);

    public Finding Recommend(string summary, MonthlySavings savings, Evidence evidence) => Build(FindingKind.Recommend, summary, evidence) with
    {
        Action = DeleteAction,
        Savings = savings,

        // Why: measured with full coverage (the gap check passed), so High; deleting an unused endpoint is low risk
        // (Compute Optimizer's scale: 1) because re-creating it from the kept config is one call, and the work is one API call.
        Confidence = Confidence.High,
        Risk = 1,
        Effort = Effort.VeryLow,
    };

    private Finding Build(FindingKind kind, string summary, Evidence? evidence) => new()
    {
        AnalyzerId = SageMakerEndpointIdleAnalyzer.Id,
        Kind = kind,
        Resource = _resource,
        Summary = summary,
        Evidence = evidence ?? new Evidence(),
    };
}
