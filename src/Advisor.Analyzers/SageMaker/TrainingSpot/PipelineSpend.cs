using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// What a pipeline's on-demand runs cost over the lookback: only Completed and Stopped runs count (their billable time is final);
/// Failed and InProgress runs are left out. Cost = Σ billable seconds × instance count × hourly Training price ÷ 3600.
/// </summary>
internal sealed record PipelineSpend(
    IReadOnlyList<SageMakerTrainingJob> Billed,
    decimal InstanceSeconds,
    TimeSpan LongestRun,
    int Unbilled)
{
    /// <summary>Why: TrainingJobStatus values whose BillableTimeInSeconds is final.</summary>
    private static readonly string[] FinalStatuses = ["Completed", "Stopped"];

    private const decimal SecondsPerHour = 3600m;

    public static PipelineSpend Of(IReadOnlyList<SageMakerTrainingJob> jobs)
    {
        var billed = jobs.Where(j => !j.EnableManagedSpotTraining
                && FinalStatuses.Contains(j.Status, StringComparer.Ordinal)
                && j.InstanceCount >= 1
                && (j.BillableTime ?? j.TrainingTime) is not null)
            .ToList();

        // Why: on-demand jobs bill their whole training time, so TrainingTime stands in when BillableTime is absent.
        var seconds = billed.Sum(j => WholeSeconds(j.BillableTime ?? j.TrainingTime) * j.InstanceCount);
        var longest = billed.Count == 0 ? TimeSpan.Zero : billed.Max(j => j.TrainingTime ?? j.BillableTime!.Value);
        return new PipelineSpend(billed, seconds, longest, jobs.Count - billed.Count);
    }

    public decimal InstanceHours => InstanceSeconds / SecondsPerHour;

    /// <summary>On-demand spend over the lookback at the given hourly price.</summary>
    public decimal Spend(decimal hourly) => InstanceSeconds * hourly / SecondsPerHour;

    /// <summary>The lookback's spend scaled to a month: × 730 h ÷ (lookback days × 24 h).</summary>
    public decimal MonthlySpend(decimal hourly, int lookbackDays) => Spend(hourly) * MonthlySavings.HoursPerMonth / (lookbackDays * 24m);

    /// <summary>Why: SageMaker reports whole seconds (BillableTimeInSeconds); rounding keeps sub-second noise out of the money.</summary>
    private static decimal WholeSeconds(TimeSpan? time) => (decimal)Math.Round(time!.Value.TotalSeconds, MidpointRounding.AwayFromZero);
}
