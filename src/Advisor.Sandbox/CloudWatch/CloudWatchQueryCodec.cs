using System.Globalization;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>CloudWatch query protocol: form members (<c>MetricDataQueries.member.N...</c>) in, namespaced XML out.</summary>
internal static class CloudWatchQueryCodec
{
    public static GetMetricDataInput ReadGetMetricData(IReadOnlyDictionary<string, StringValues> form)
    {
        List<MetricDataQueryInput>? queries = null;
        var count = MemberCount(form, "MetricDataQueries.member.");
        if (count > 0)
        {
            queries = [];
            for (var i = 1; i <= count; i++)
            {
                queries.Add(ReadQuery(form, $"MetricDataQueries.member.{i.ToString(CultureInfo.InvariantCulture)}."));
            }
        }
        else if (form.ContainsKey("MetricDataQueries"))
        {
            // Why: the query protocol sends an empty list as a bare "MetricDataQueries=" member.
            queries = [];
        }

        return new GetMetricDataInput(
            queries,
            Timestamp(form, "StartTime"),
            Timestamp(form, "EndTime"),
            Get(form, "NextToken"),
            Get(form, "ScanBy"),
            Int(form, "MaxDatapoints"));
    }

    private static MetricDataQueryInput ReadQuery(IReadOnlyDictionary<string, StringValues> form, string prefix)
    {
        var statPrefix = prefix + "MetricStat.";
        var hasStat = form.Keys.Any(k => k.StartsWith(statPrefix, StringComparison.Ordinal));
        var metricPrefix = statPrefix + "Metric.";
        var metric = form.Keys.Any(k => k.StartsWith(metricPrefix, StringComparison.Ordinal))
            ? new MetricIdentity(Get(form, metricPrefix + "Namespace"), Get(form, metricPrefix + "MetricName"), ReadDimensions(form, metricPrefix))
            : null;
        var returnData = Get(form, prefix + "ReturnData");
        return new MetricDataQueryInput(
            Get(form, prefix + "Id"),
            Get(form, prefix + "Label"),
            returnData is null || !string.Equals(returnData, "false", StringComparison.OrdinalIgnoreCase),
            Get(form, prefix + "Expression"),
            metric,
            Int(form, statPrefix + "Period"),
            Get(form, statPrefix + "Stat"),
            hasStat);
    }

    public static ListMetricsInput ReadListMetrics(IReadOnlyDictionary<string, StringValues> form) =>
        new(Get(form, "Namespace"), Get(form, "MetricName"), ReadDimensions(form, string.Empty), Get(form, "NextToken"));

    private static List<KeyValuePair<string, string?>> ReadDimensions(IReadOnlyDictionary<string, StringValues> form, string prefix)
    {
        var dims = new List<KeyValuePair<string, string?>>();
        var count = MemberCount(form, prefix + "Dimensions.member.");
        for (var i = 1; i <= count; i++)
        {
            var at = $"{prefix}Dimensions.member.{i.ToString(CultureInfo.InvariantCulture)}.";
            dims.Add(new(Get(form, at + "Name") ?? string.Empty, Get(form, at + "Value")));
        }

        return dims;
    }

    /// <summary>The highest N among keys <c>prefix + N + ...</c>.</summary>
    private static int MemberCount(IReadOnlyDictionary<string, StringValues> form, string prefix) => form.Keys
        .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
        .Select(k => k[prefix.Length..].Split('.', 2)[0])
        .Select(index => int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
        .DefaultIfEmpty(0)
        .Max();

    private static string? Get(IReadOnlyDictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var value) ? value.ToString() : null;

    private static int? Int(IReadOnlyDictionary<string, StringValues> form, string key) => Get(form, key) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        var text => throw new WireInputException($"Member '{key}' must be an integer, got '{text}'."),
    };

    private static DateTimeOffset? Timestamp(IReadOnlyDictionary<string, StringValues> form, string key) =>
        Get(form, key) is { } text ? EpochTime.ParseIso(text, key) : null;

    public static byte[] WriteGetMetricData(GetMetricDataOutput output, string requestId) => QueryXml.Write(w =>
    {
        w.Start("GetMetricDataResponse");
        w.Start("GetMetricDataResult");
        w.Start("MetricDataResults");
        foreach (var r in output.Results)
        {
            w.Start("member");
            w.Element("Id", r.Id);
            w.Element("Label", r.Label);
            w.Element("StatusCode", r.StatusCode);
            w.Start("Timestamps");
            foreach (var t in r.Timestamps)
            {
                w.Element("member", EpochTime.ToIso(t));
            }

            w.WriteEndElement();
            w.Start("Values");
            foreach (var v in r.Values)
            {
                w.Element("member", v.ToString("R", CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        if (output.NextToken is not null)
        {
            w.Element("NextToken", output.NextToken);
        }

        w.Start("Messages");
        w.WriteEndElement();
        w.WriteEndElement();
        w.ResponseMetadata(requestId);
        w.WriteEndElement();
    });

    public static byte[] WriteListMetrics(ListMetricsOutput output, string requestId) => QueryXml.Write(w =>
    {
        w.Start("ListMetricsResponse");
        w.Start("ListMetricsResult");
        w.Start("Metrics");
        foreach (var m in output.Metrics)
        {
            w.Start("member");
            w.Element("Namespace", m.Namespace);
            w.Element("MetricName", m.MetricName);
            w.Start("Dimensions");
            foreach (var d in m.Dimensions)
            {
                w.Start("member");
                w.Element("Name", d.Key);
                w.Element("Value", d.Value);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        if (output.NextToken is not null)
        {
            w.Element("NextToken", output.NextToken);
        }

        w.WriteEndElement();
        w.ResponseMetadata(requestId);
        w.WriteEndElement();
    });
}
