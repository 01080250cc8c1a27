using System.Globalization;
using System.Text;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Estate;

/// <summary>A canonical text form of an estate's non-endpoint resources and all its metrics, to compare estates byte for byte.</summary>
internal static class ResourceText
{
    public static string Canonical(SandboxEstate estate)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"sts={estate.StsExternalId}\n");
        foreach (var record in estate.Models.Cast<object>().Concat(estate.InferenceComponents).Concat(estate.StudioApps))
        {
            text.Append(record).Append('\n');
        }

        foreach (var job in estate.TrainingJobs)
        {
            text.Append(job with { Tags = new Dictionary<string, string>() }).Append(Tags(job.Tags)).Append('\n');
        }

        foreach (var notebook in estate.NotebookInstances)
        {
            text.Append(notebook with { Tags = new Dictionary<string, string>(), AcceleratorTypes = [] })
                .AppendJoin(',', notebook.AcceleratorTypes).Append(Tags(notebook.Tags)).Append('\n');
        }

        foreach (var instance in estate.Ec2Instances)
        {
            text.Append(instance with { Tags = new Dictionary<string, string>() }).Append(Tags(instance.Tags)).Append('\n');
        }

        foreach (var key in estate.Metrics.Keys.OrderBy(k => k.Namespace + k.MetricName + k.Dimensions, StringComparer.Ordinal))
        {
            var series = estate.Metrics.Find(key)!;
            text.Append(CultureInfo.InvariantCulture, $"{key.Namespace}|{key.MetricName}|{key.Dimensions}|{series.Start:O}|");
            text.AppendJoin(',', series.Values.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "-")).Append('\n');
        }

        return text.ToString();
    }

    private static string Tags(IReadOnlyDictionary<string, string> tags) =>
        "|" + string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
}
