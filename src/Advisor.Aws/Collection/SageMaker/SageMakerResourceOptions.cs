using System.ComponentModel.DataAnnotations;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>How the SageMaker resource collectors read training jobs and tags. Section <c>Collection:SageMaker</c>.</summary>
public sealed class SageMakerResourceOptions
{
    public const string SectionName = "Collection:SageMaker";

    /// <summary>
    /// Training jobs created in the last N days are collected (default 30).
    /// Why: a month shows every weekly or daily pipeline several times; older jobs no longer cost anything.
    /// </summary>
    [Range(1, 365)]
    public int TrainingJobLookbackDays { get; set; } = 30;

    /// <summary>Whether training jobs and notebooks get their tags (one ListTags call each, cached for finished jobs). Default off.</summary>
    public bool FetchTags { get; set; }

    /// <summary>The CreationTimeAfter filter for a collection at <paramref name="now"/>.</summary>
    public DateTimeOffset TrainingJobsSince(DateTimeOffset now) => now.AddDays(-TrainingJobLookbackDays);
}
