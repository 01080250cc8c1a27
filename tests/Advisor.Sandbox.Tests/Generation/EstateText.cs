using System.Globalization;
using System.Text;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation;

/// <summary>A canonical text form of an estate (every field and value), to compare estates byte for byte.</summary>
internal static class EstateText
{
    public static string Canonical(GeneratedEstate generated)
    {
        var estate = generated.Estate;
        var text = new StringBuilder();
        foreach (var e in estate.Endpoints)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.Name}|{e.ConfigName}|{e.Status}|{e.CreationTime:O}|{e.LastModifiedTime:O}|");
            text.AppendJoin(',', e.Tags.Select(t => t.Key + "=" + t.Value)).Append('\n');
        }

        foreach (var c in estate.EndpointConfigs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.Name}|{c.CreationTime:O}\n");
            foreach (var v in c.Variants)
            {
                text.Append(v.ToString()).Append('\n');
            }
        }

        foreach (var key in estate.Metrics.Keys.OrderBy(k => k.Namespace + k.MetricName + k.Dimensions, StringComparer.Ordinal))
        {
            var s = estate.Metrics.Find(key)!;
            text.Append(CultureInfo.InvariantCulture, $"{key}|{s.Start:O}|");
            text.AppendJoin(',', s.Values.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "-")).Append('\n');
        }

        text.AppendJoin('\n', generated.GroundTruth.Opportunities).AppendJoin('\n', generated.GroundTruth.NearMisses);
        return text.ToString();
    }
}
