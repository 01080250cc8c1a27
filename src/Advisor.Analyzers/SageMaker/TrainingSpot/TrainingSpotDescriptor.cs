using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>The catalogue entry of <c>sagemaker-training-spot</c>.</summary>
internal static class TrainingSpotDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = SageMakerTrainingSpotAnalyzer.Id,
        Title = "Recurring SageMaker training on on-demand capacity",
        ResourceType = ResourceTypes.SageMakerTrainingJob,
        OptionsSection = SageMakerTrainingSpotOptions.SectionName,
        IamActions =
        [
            "sagemaker:ListTrainingJobs",
            "sagemaker:DescribeTrainingJob",
            "ec2:DescribeSpotPriceHistory",
            "pricing:GetProducts",
        ],
        RemediationIamActions = ["sagemaker:CreateTrainingJob", "iam:PassRole"],
        Inputs =
        [
            "SageMaker ListTrainingJobs and DescribeTrainingJob for the jobs created in the lookback (status, instance type and count, "
                + "training image, EnableManagedSpotTraining, CheckpointConfig, TrainingTimeInSeconds, BillableTimeInSeconds)",
            "EC2 DescribeSpotPriceHistory (Linux/UNIX) for the same hardware, with the EC2 on-demand price, else the family band of pricing-notes §4",
            "On-demand Training price per instance type and region (Price List API, bundled table as fallback)",
            "No CloudWatch metrics",
        ],
        Rule = "Jobs created in the lookback (default 30 days) are grouped into pipelines (name without its timestamp/uuid suffix + "
            + "training image + instance type). A pipeline with at least 2 runs whose newest run is on-demand is a candidate: with a "
            + "CheckpointConfig or runs shorter than 1 hour, enable managed spot; longer runs without checkpoints, add checkpointing first.",
        SavingsFormula = "Σ Completed/Stopped on-demand runs (billable s × instance count × hourly Training price ÷ 3600) × 730 h ÷ "
            + "(lookback days × 24 h) × low end of the expected spot discount; the range to the high end is in the evidence",
        Remediation = "Set EnableManagedSpotTraining=true and StoppingCondition.MaxWaitTimeInSeconds ≥ MaxRuntimeInSeconds on the pipeline's "
            + "job definition, with CheckpointConfig.S3Uri (and resume-from-checkpoint code) for runs longer than an hour.",
        Rollback = "Set EnableManagedSpotTraining=false on the job definition; the next run is on-demand again.",
        Rationale = "Managed spot training bills the same hardware 45–90% below on-demand; recurring jobs that checkpoint or finish "
            + "within an hour lose little when interrupted.",
    };
}
