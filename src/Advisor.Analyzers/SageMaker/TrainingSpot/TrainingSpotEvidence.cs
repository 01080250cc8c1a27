using Advisor.Core.Domain;
using Advisor.Core.Pricing;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>The evidence of a training-spot finding: the runs, the spend, the monthly scaling, the discount range and the formula.</summary>
internal static class TrainingSpotEvidence
{
    public const string Formula = "Σ Completed/Stopped on-demand runs (billable seconds × instance count) × hourly Training price ÷ 3600 "
        + "over the lookback, × 730 h ÷ (lookback days × 24 h), × the low end of the expected spot discount";

    /// <summary>What every outcome reports about the pipeline's runs.</summary>
    public static Dictionary<string, object?> Runs(TrainingPipeline pipeline, SageMakerTrainingSpotOptions options)
    {
        var jobs = pipeline.Jobs;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["pipeline"] = pipeline.Stem,
            ["trainingImage"] = pipeline.Image,
            ["instanceType"] = pipeline.InstanceType,
            ["lookbackDays"] = options.LookbackDays,
            ["runs"] = jobs.Count,
            ["minRuns"] = options.MinRuns,
            ["runsByStatus"] = jobs.CountBy(j => j.Status).OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            ["spotRuns"] = jobs.Count(j => j.EnableManagedSpotTraining),
            ["latestJob"] = pipeline.Latest.Name,
            ["latestUsesManagedSpot"] = pipeline.Latest.EnableManagedSpotTraining,
            ["latestCheckpointS3Uri"] = pipeline.Latest.CheckpointS3Uri,
        };
    }

    /// <summary>Realised managed-spot savings of the finished spot runs: 1 − Σ billable ÷ Σ training time (null when unknown).</summary>
    public static decimal? RealisedSpotSavings(TrainingPipeline pipeline)
    {
        var finished = pipeline.Jobs
            .Where(j => j.EnableManagedSpotTraining && j.BillableTime is not null && j.TrainingTime is { Ticks: > 0 })
            .ToList();
        if (finished.Count == 0)
        {
            return null;
        }

        var billable = finished.Sum(j => (decimal)j.BillableTime!.Value.TotalSeconds * j.InstanceCount);
        var training = finished.Sum(j => (decimal)j.TrainingTime!.Value.TotalSeconds * j.InstanceCount);
        return training > 0 ? Math.Round(1m - (billable / training), 4, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>The savings evidence; the total is rounded once, at the end.</summary>
    public static Evidence Savings(
        TrainingPipeline pipeline,
        PipelineSpend spend,
        PriceQuote quote,
        SpotDiscount discount,
        SageMakerTrainingSpotOptions options,
        Dictionary<string, object?> observations,
        out MonthlySavings savings)
    {
        var hourly = quote.HourlyUsd;
        var monthlySpend = spend.MonthlySpend(hourly, options.LookbackDays);
        var exactLow = monthlySpend * discount.Low;
        var lookbackHours = options.LookbackDays * 24m;
        savings = new MonthlySavings(MonthlySavings.RoundCents(exactLow), CostBasis.ListOnDemand);

        observations["billedRuns"] = spend.Billed.Count;
        observations["runsNotBilled"] = spend.Unbilled;
        observations["instanceHoursInLookback"] = Math.Round(spend.InstanceHours, 4, MidpointRounding.AwayFromZero);
        observations["longestBilledRunHours"] = Math.Round(spend.LongestRun.TotalHours, 4);
        observations["shortJobMaxRuntimeHours"] = options.ShortJobMaxRuntime.TotalHours;
        observations["onDemandSpendInLookbackUsd"] = MonthlySavings.RoundCents(spend.Spend(hourly));
        observations["monthlyScaling"] = $"× 730 h ÷ {SpotText.Number(lookbackHours)} h ({SpotText.Number(options.LookbackDays)} days)";
        observations["monthlyOnDemandSpendUsd"] = MonthlySavings.RoundCents(monthlySpend);
        observations["spotDiscountLow"] = discount.Low;
        observations["spotDiscountHigh"] = discount.High;
        observations["spotDiscountSource"] = discount.Source;
        observations["monthlySavingsRangeUsd"] =
            $"{SpotText.Usd(savings.Amount)} – {SpotText.Usd(MonthlySavings.RoundCents(monthlySpend * discount.High))} "
            + $"({SpotText.Percent(discount.Low)}–{SpotText.Percent(discount.High)} discount); the low end is the figure";

        // Why: Quantity makes the line read hourly × quantity × 730 = monthly: average instances busy × the discount.
        var quantity = Math.Round(spend.InstanceHours / lookbackHours * discount.Low, 6, MidpointRounding.AwayFromZero);
        var line = new SavingsLine(
            $"pipeline {pipeline.Id}: {SpotText.Number(spend.Billed.Count)} billed runs, "
            + $"{SpotText.Number(Math.Round(spend.InstanceHours, 2))} instance-hours of {quote.InstanceType} in {SpotText.Number(options.LookbackDays)} days, "
            + $"× 730/{SpotText.Number(lookbackHours)} × {SpotText.Percent(discount.Low)} spot discount",
            hourly,
            quantity,
            savings.Amount);

        return new Evidence
        {
            Prices = discount.Ec2OnDemand is { } ec2 ? [quote, ec2] : [quote],
            Formula = Formula,
            Lines = [line],
            Observations = observations,
        };
    }
}
