using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>The training-spot rule for one pipeline: already on spot, recurrence, billed runs, prices, discount, then the action.</summary>
internal static class TrainingSpotRules
{
    /// <summary>The action when the pipeline checkpoints or its runs are short: turn managed spot on.</summary>
    public const string EnableSpotAction = "enable-managed-spot";

    /// <summary>The action for long runs without checkpoints: add CheckpointConfig first, then managed spot.</summary>
    public const string CheckpointThenSpotAction = "add-checkpointing-then-spot";

    public static Finding Evaluate(TrainingPipeline pipeline, ScopeSnapshot snapshot, IPriceBook prices, SageMakerTrainingSpotOptions options)
    {
        var result = new FindingFactory(
            SageMakerTrainingSpotAnalyzer.Id,
            new ResourceRef(pipeline.Id, pipeline.Latest.Arn, ResourceTypes.SageMakerTrainingJob, snapshot.Scope.Account, snapshot.Scope.Region));
        var observations = TrainingSpotEvidence.Runs(pipeline, options);
        var name = pipeline.Id;
        var days = SpotText.Number(options.LookbackDays);
        if (pipeline.Latest.EnableManagedSpotTraining)
        {
            var realised = TrainingSpotEvidence.RealisedSpotSavings(pipeline);
            observations["realisedSpotSavings"] = realised;
            observations["realisedSpotSavingsFormula"] = "1 − Σ BillableTimeInSeconds ÷ Σ TrainingTimeInSeconds over finished spot runs";
            var realisedText = realised is { } r ? $"; its finished spot runs billed {SpotText.Percent(r)} less than their training time" : "";
            return result.NoAction($"Training pipeline {name} already uses managed spot training{realisedText}.", Plain(observations));
        }

        if (pipeline.Jobs.Count < options.MinRuns)
        {
            return result.Insufficient(
                $"Training pipeline {name} ran {SpotText.Number(pipeline.Jobs.Count)} time(s) in {days} days; "
                + $"at least {SpotText.Number(options.MinRuns)} runs are needed to call it recurring.",
                Plain(observations));
        }

        var spend = PipelineSpend.Of(pipeline.Jobs);
        if (spend.Billed.Count == 0)
        {
            return result.Insufficient(
                $"Training pipeline {name} has no Completed or Stopped on-demand run with a billable time in {days} days, so its spend is unknown.",
                Plain(observations));
        }

        if (pipeline.InstanceType is not { } type)
        {
            return result.Insufficient($"Training pipeline {name} has no instance type in DescribeTrainingJob.", Plain(observations));
        }

        var region = snapshot.Scope.Region;
        if (prices.Find(type, region, PriceComponent.Training) is not { } quote)
        {
            return result.Insufficient($"No trusted price for {type} (Training) in {region}; pipeline {name} cannot be costed.", Plain(observations));
        }

        if (SpotDiscount.Resolve(type, region, snapshot.SpotPrices, prices) is not { } discount)
        {
            return result.Insufficient(
                $"No spot price history for {SpotDiscountBands.Ec2Type(type)} in {region} and no published spot discount band for the "
                + $"{SpotDiscountBands.Family(type)} family; the saving of pipeline {name} cannot be estimated.",
                Plain(observations));
        }

        var evidence = TrainingSpotEvidence.Savings(pipeline, spend, quote, discount, options, observations, out var savings);
        if (savings.Amount <= 0)
        {
            return result.NoAction($"Spot capacity for {type} is not cheaper than on-demand in {region}; pipeline {name} saves nothing on spot.", evidence);
        }

        var checkpoints = pipeline.Latest.CheckpointS3Uri is not null;
        var isShort = spend.LongestRun < options.ShortJobMaxRuntime;
        var spending = $"Training pipeline {name} spends about {SpotText.Usd(MonthlySavings.RoundCents(spend.MonthlySpend(quote.HourlyUsd, options.LookbackDays)))} "
            + $"a month on-demand on {type} ({SpotText.Number(spend.Billed.Count)} billed runs in {days} days)";
        var range = $"saves {SpotText.Percent(discount.Low)}–{SpotText.Percent(discount.High)}";
        if (checkpoints || isShort)
        {
            var why = checkpoints ? "it already checkpoints to S3" : $"its longest run took {SpotText.Hours(spend.LongestRun)}, under {SpotText.Hours(options.ShortJobMaxRuntime)}";
            // Why: a checkpointing pipeline resumes after an interruption, so the saving is near-certain (High); a short one
            // restarts and loses under an hour (Medium). Either is a settings change on the job definition: risk 1, low effort.
            return result.Recommend(
                EnableSpotAction,
                $"{spending}; {why}, so enable managed spot training (MaxWaitTimeInSeconds ≥ MaxRuntimeInSeconds): {range}.",
                savings, evidence, checkpoints ? Confidence.High : Confidence.Medium, risk: 1, Effort.Low);
        }

        // Why: the saving depends on a code change (saving and resuming from checkpoints) whose cost we cannot see, and a long
        // run interrupted before it checkpoints repeats work: a heuristic (Low), risk 2, medium effort.
        return result.Recommend(
            CheckpointThenSpotAction,
            $"{spending}; its runs take up to {SpotText.Hours(spend.LongestRun)} without checkpoints, so add CheckpointConfig, "
            + $"then enable managed spot training: {range}.",
            savings, evidence, Confidence.Low, risk: 2, Effort.Medium);
    }

    private static Evidence Plain(IReadOnlyDictionary<string, object?> observations) => new() { Observations = observations };
}
