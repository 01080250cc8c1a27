using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>The catalogue entry of <c>sagemaker-notebook-idle</c>.</summary>
internal static class NotebookIdleDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerNotebookIdleAnalyzer.Id,
        Title = "SageMaker notebook instance running for days without auto-stop",
        ResourceType = ResourceTypes.SageMakerNotebookInstance,
        OptionsSection = SageMakerNotebookIdleOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListNotebookInstances",
            "sagemaker:DescribeNotebookInstance",
            "pricing:GetProducts",
        ],
        RemediationIamActions =
        [
            "sagemaker:StopNotebookInstance",
            "sagemaker:CreateNotebookInstanceLifecycleConfig",
            "sagemaker:UpdateNotebookInstance",
        ],
        Inputs =
        [
            "SageMaker ListNotebookInstances and DescribeNotebookInstance (status, instance type, LastModifiedTime, lifecycle config, accelerators)",
            "On-demand Notebook price per instance type and region (Price List API, bundled table as fallback)",
            "No CloudWatch metrics: SageMaker publishes none for notebook instances",
        ],
        Rule = "An InService notebook instance with no lifecycle config (so no auto-stop script) whose LastModifiedTime is at least "
            + "3 days old (option). With a lifecycle config: no action; Stopped: not evaluated; modified more recently: insufficient data.",
        SavingsFormula = "hourly Notebook price × 730 h × (168 − assumed busy hours a week, default 50) ÷ 168, on-demand list price",
        Remediation = "Stop the notebook instance, attach a lifecycle config with an idle auto-stop script, and start it when needed.",
        Rollback = "StartNotebookInstance; the ML storage volume was kept, so the notebook is back as it was in minutes.",
        Rationale = "A notebook instance bills every hour it is InService; one nobody has touched for days and that never stops "
            + "by itself is the classic forgotten instance.",
    };
}
