using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>Builds the one finding per training pipeline with the fields every outcome shares.</summary>
internal sealed class TrainingSpotFindingBuilder(TrainingPipeline pipeline, Scope scope)
{
    /// <summary>The action when the pipeline checkpoints or its runs are short: turn managed spot on.</summary>
    public const string EnableSpotAction = "enable-managed-spot";

    /// <summary>The action for long runs without checkpoints: add CheckpointConfig first, then managed spot.</summary>
    public const string CheckpointThenSpotAction = "add-checkpointing-then-spot";

    private readonly ResourceRef _resource =
        new(pipeline.Id, pipeline.Latest.Arn, ResourceTypes.SageMakerTrainingJob, scope.Account, scope.Region);

    public Finding NoAction(string summary, Evidence? evidence = null) => Build(FindingKind.NoAction, summary, evidence);

    public Finding Insufficient(string summary, Evidence? evidence = null) => Build(FindingKind.InsufficientData, summary, evidence);

    // Why: a checkpointing pipeline resumes after an interruption, so the saving is near-certain (High); a short one
    // restarts and loses under an hour (Medium). Either is a settings change on the job definition: risk 1, low effort.
    public Finding EnableSpot(string summary, MonthlySavings savings, Evidence evidence, bool checkpoints) =>
        Build(FindingKind.Recommend, summary, evidence) with
        {
            Action = EnableSpotAction,
            Savings = savings,
            Confidence = checkpoints ? Confidence.High : Confidence.Medium,
            Risk = 1,
            Effort = Effort.Low,
        };

    // Why: the saving depends on a code change (saving and resuming from checkpoints) whose cost we cannot see, and a long
    // run interrupted before it checkpoints repeats work: a heuristic (Low), risk 2, medium effort.
    public Finding CheckpointThenSpot(string summary, MonthlySavings savings, Evidence evidence) =>
        Build(FindingKind.Recommend, summary, evidence) with
        {
            Action = CheckpointThenSpotAction,
            Savings = savings,
            Confidence = Confidence.Low,
            Risk = 2,
            Effort = Effort.Medium,
        };

    private Finding Build(FindingKind kind, string summary, Evidence? evidence) => new()
    {
        AnalyzerId = SageMakerTrainingSpotAnalyzer.Id,
        Kind = kind,
        Resource = _resource,
        Summary = summary,
        Evidence = evidence ?? new Evidence(),
    };
}
