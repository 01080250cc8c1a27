using System.Text.RegularExpressions;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// Recurring training jobs that are one pipeline: the same name without its timestamp/uuid suffix, the same training image
/// and the same instance type. <see cref="Id"/> is the name reported (the stem, qualified only when two groups share a stem).
/// </summary>
internal sealed partial record TrainingPipeline(string Id, string Stem, string? Image, string? InstanceType, IReadOnlyList<SageMakerTrainingJob> Jobs)
{
    /// <summary>The newest run: its ARN identifies the pipeline and its settings (spot, checkpoints) are the pipeline's current ones.</summary>
    public SageMakerTrainingJob Latest => Jobs.MaxBy(j => j.CreationTime)!;

    /// <summary>Groups jobs into pipelines, in a stable order (stem, instance type, image).</summary>
    public static IReadOnlyList<TrainingPipeline> Group(IEnumerable<SageMakerTrainingJob> jobs)
    {
        var groups = jobs
            .GroupBy(j => (Stem: NameStem(j.Name), Image: j.TrainingImage ?? "", Type: j.InstanceType ?? ""))
            .OrderBy(g => g.Key.Stem, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Image, StringComparer.Ordinal)
            .ToList();
        var perStem = groups.CountBy(g => g.Key.Stem).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pipelines = new List<TrainingPipeline>(groups.Count);
        foreach (var group in groups)
        {
            var (stem, image, type) = group.Key;

            // Why: ids must be unique per scope (one primary recommendation per resource), so a stem run with two images
            // or types is qualified by type, then numbered.
            var id = perStem[stem] == 1 ? stem : $"{stem} ({(type.Length > 0 ? type : "no type")})";
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{stem} ({type}) #{n}";
            }

            var ordered = group.OrderBy(j => j.CreationTime).ThenBy(j => j.Name, StringComparer.Ordinal).ToList();
            pipelines.Add(new TrainingPipeline(id, stem, image.Length > 0 ? image : null, type.Length > 0 ? type : null, ordered));
        }

        return pipelines;
    }

    /// <summary>A job name without the unique suffix schedulers append: <c>churn-train-2026-11-20-03-00-12</c> → <c>churn-train</c>.</summary>
    public static string NameStem(string jobName)
    {
        ArgumentNullException.ThrowIfNull(jobName);
        var stem = Suffix().Replace(jobName, "");
        return stem.Length == 0 ? jobName : stem;
    }

    // Why: the suffixes that make recurring job names unique: the SageMaker Python SDK's yyyy-MM-dd-HH-mm-ss(-fff) timestamp,
    // compact dates/timestamps and epoch seconds (8–14 digits), UUIDs and 32-hex ids; several may follow each other.
    [GeneratedRegex(
        @"(-(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}(-\d{3})?|\d{8,14}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}))+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
