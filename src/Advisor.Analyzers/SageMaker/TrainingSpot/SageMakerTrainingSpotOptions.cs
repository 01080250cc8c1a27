using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// Options of <see cref="SageMakerTrainingSpotAnalyzer"/>, bound from <c>Analyzers:SageMakerTrainingSpot</c>.
/// Single-field ranges are DataAnnotations; the runtime threshold is checked by <see cref="SageMakerTrainingSpotOptionsValidator"/>.
/// </summary>
public sealed class SageMakerTrainingSpotOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerTrainingSpot";

    /// <summary>
    /// Jobs created in the last N days (before the analysis window's end) make up a pipeline's spend. Default 30
    /// (Why: the product card says "jobs from the last 30 days"; the collector lists 30 days of jobs by default). 1–365.
    /// </summary>
    [Range(1, 365, ErrorMessage = SectionName + ":" + nameof(LookbackDays) + " must be between 1 and 365.")]
    public int LookbackDays { get; set; } = 30;

    /// <summary>
    /// A pipeline needs at least this many runs in the lookback to count as recurring. Default 2
    /// (Why: one run is not a pipeline; its spend may never recur, so a monthly figure from it would be invented). ≥ 1.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = SectionName + ":" + nameof(MinRuns) + " must be between 1 and 10000.")]
    public int MinRuns { get; set; } = 2;

    /// <summary>
    /// Jobs whose longest billed run is shorter than this can move to spot without checkpoints. Default 1 hour
    /// (Why: the product card's "runs &lt; 1 h": an interrupted short job loses under an hour and simply restarts).
    /// More than zero, at most 1 day.
    /// </summary>
    public TimeSpan ShortJobMaxRuntime { get; set; } = TimeSpan.FromHours(1);
}
