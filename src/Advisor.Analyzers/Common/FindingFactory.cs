using Advisor.Core.Domain;

namespace Advisor.Analyzers.Common;

/// <summary>
/// Builds one analyzer's finding about one resource with the fields every outcome shares (analyzer id, resource, summary,
/// evidence). Each analyzer passes its own action, confidence, risk and effort to <see cref="Recommend"/>.
/// </summary>
internal sealed class FindingFactory(string analyzerId, ResourceRef resource)
{
    public Finding NoAction(string summary, Evidence? evidence = null) => Build(FindingKind.NoAction, summary, evidence);

    public Finding Insufficient(string summary, Evidence? evidence = null) => Build(FindingKind.InsufficientData, summary, evidence);

    /// <summary>A recommendation: <paramref name="risk"/> is on Compute Optimizer's 0 (none) to 4 (very high) scale.</summary>
    public Finding Recommend(
        string action, string summary, MonthlySavings savings, Evidence evidence, Confidence confidence, int risk, Effort effort) =>
        Build(FindingKind.Recommend, summary, evidence) with
        {
            Action = action,
            Savings = savings,
            Confidence = confidence,
            Risk = risk,
            Effort = effort,
        };

    private Finding Build(FindingKind kind, string summary, Evidence? evidence) => new()
    {
        AnalyzerId = analyzerId,
        Kind = kind,
        Resource = resource,
        Summary = summary,
        Evidence = evidence ?? new Evidence(),
    };
}
