using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>
/// Options of <see cref="SageMakerNotebookIdleAnalyzer"/>, bound from <c>Analyzers:SageMakerNotebookIdle</c>.
/// The busy-hours assumption is checked by <see cref="SageMakerNotebookIdleOptionsValidator"/>.
/// </summary>
public sealed class SageMakerNotebookIdleOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerNotebookIdle";

    /// <summary>
    /// An InService notebook without a lifecycle config is flagged once its LastModifiedTime is at least this many days old.
    /// Default 3 (Why: a notebook untouched for days while running is the classic forgotten instance). 1–365.
    /// </summary>
    [Range(1, 365, ErrorMessage = SectionName + ":" + nameof(MinDaysSinceModified) + " must be between 1 and 365.")]
    public int MinDaysSinceModified { get; set; } = 3;

    /// <summary>
    /// Hours a week the notebook is assumed to be needed once it auto-stops; the rest of the 168 h is the saving. Default 50
    /// (Why: business hours, 10 h × 5 days; no CloudWatch metrics exist for notebook instances, so use cannot be measured).
    /// 0 or more, under 168.
    /// </summary>
    public decimal BusyHoursPerWeek { get; set; } = 50m;
}
