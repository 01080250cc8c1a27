using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>Builds the one finding per notebook instance with the fields every outcome shares.</summary>
internal sealed class NotebookIdleFindingBuilder(SageMakerNotebookInstance notebook, Scope scope)
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string StopAction = "stop-notebook-and-add-auto-stop";

    private readonly ResourceRef _resource =
        new(notebook.Name, notebook.Arn, ResourceTypes.SageMakerNotebookInstance, scope.Account, scope.Region);

    public Finding NoAction(string summary, Evidence? evidence = null) => Build(FindingKind.NoAction, summary, evidence);

    public Finding Insufficient(string summary, Evidence? evidence = null) => Build(FindingKind.InsufficientData, summary, evidence);

    public Finding Recommend(string summary, MonthlySavings savings, Evidence evidence) => Build(FindingKind.Recommend, summary, evidence) with
    {
        Action = StopAction,
        Savings = savings,

        // Why: no CloudWatch metrics exist for notebook instances, so idleness is derived from status, LastModifiedTime and the
        // missing lifecycle config (Medium). Stopping keeps the ML storage volume and restarting takes minutes: risk 1, low effort.
        Confidence = Confidence.Medium,
        Risk = 1,
        Effort = Effort.Low,
    };

    private Finding Build(FindingKind kind, string summary, Evidence? evidence) => new()
    {
        AnalyzerId = SageMakerNotebookIdleAnalyzer.Id,
        Kind = kind,
        Resource = _resource,
        Summary = summary,
        Evidence = evidence ?? new Evidence(),
    };
}
