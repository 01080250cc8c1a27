using System.ComponentModel.DataAnnotations;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection;

/// <summary>How a scope is collected: the look-back window and how hard to press the AWS APIs. Section <c>Collection</c>.</summary>
public sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>
    /// Look-back window in days (default 14; presets 32 and 93).
    /// Why: CloudWatch keeps 1-hour data for 455 days, so nothing longer can be read at the hourly period.
    /// </summary>
    [Range(1, 455)]
    public int LookbackDays { get; set; } = 14;

    /// <summary>Describe calls in flight at once per scope. Why: SageMaker Describe* quotas are per account; 4 stays well under them.</summary>
    [Range(1, 32)]
    public int DescribeConcurrency { get; set; } = 4;

    /// <summary>
    /// The window for a collection taken at <paramref name="now"/>: ends at the last whole hour, starts LookbackDays before, period 1 h.
    /// Why: CloudWatch rounds start times; aligning to the hour makes every period complete and every run comparable.
    /// </summary>
    public AnalysisWindow WindowAt(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var end = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        return new AnalysisWindow(end.AddDays(-LookbackDays), end, TimeSpan.FromHours(1));
    }
}
