using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>CloudWatch JSON 1.0 request reading and response writing (also used for CBOR requests after conversion).</summary>
internal static class CloudWatchJsonCodec
{
    public static GetMetricDataInput ReadGetMetricData(JsonElement root)
    {
        var queries = JsonInput.Array(root, "MetricDataQueries")?.Select(ReadQuery).ToList();
        return new GetMetricDataInput(
            queries,
            JsonInput.Timestamp(root, "StartTime"),
            JsonInput.Timestamp(root, "EndTime"),
            JsonInput.String(root, "NextToken"),
            JsonInput.String(root, "ScanBy"),
            JsonInput.Int(root, "MaxDatapoints"));
    }

    private static MetricDataQueryInput ReadQuery(JsonElement q)
    {
        var stat = JsonInput.Member(q, "MetricStat");
        MetricIdentity? metric = null;
        if (stat is { } s && JsonInput.Member(s, "Metric") is { } m)
        {
            metric = new MetricIdentity(JsonInput.String(m, "Namespace"), JsonInput.String(m, "MetricName"), ReadDimensions(m));
        }

        return new MetricDataQueryInput(
            JsonInput.String(q, "Id"),
            JsonInput.String(q, "Label"),
            JsonInput.Bool(q, "ReturnData") ?? true,
            JsonInput.String(q, "Expression"),
            metric,
            stat is { } p ? JsonInput.Int(p, "Period") : null,
            stat is { } t ? JsonInput.String(t, "Stat") : null,
            stat is not null);
    }

    private static List<KeyValuePair<string, string?>> ReadDimensions(JsonElement owner) =>
        (JsonInput.Array(owner, "Dimensions") ?? [])
            .Select(d => new KeyValuePair<string, string?>(JsonInput.String(d, "Name") ?? string.Empty, JsonInput.String(d, "Value")))
            .ToList();

    public static ListMetricsInput ReadListMetrics(JsonElement root) => new(
        JsonInput.String(root, "Namespace"),
        JsonInput.String(root, "MetricName"),
        ReadDimensions(root),
        JsonInput.String(root, "NextToken"));

    public static byte[] WriteGetMetricData(GetMetricDataOutput output) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("MetricDataResults");
        foreach (var r in output.Results)
        {
            w.WriteStartObject();
            w.WriteString("Id", r.Id);
            w.WriteString("Label", r.Label);
            w.WriteStartArray("Timestamps");
            foreach (var t in r.Timestamps)
            {
                w.WriteNumberValue(EpochTime.ToSeconds(t));
            }

            w.WriteEndArray();
            w.WriteStartArray("Values");
            foreach (var v in r.Values)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            w.WriteString("StatusCode", r.StatusCode);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (output.NextToken is not null)
        {
            w.WriteString("NextToken", output.NextToken);
        }

        w.WriteStartArray("Messages");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] WriteListMetrics(ListMetricsOutput output) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("Metrics");
        foreach (var m in output.Metrics)
        {
            w.WriteStartObject();
            w.WriteString("Namespace", m.Namespace);
            w.WriteString("MetricName", m.MetricName);
            w.WriteStartArray("Dimensions");
            foreach (var d in m.Dimensions)
            {
                w.WriteStartObject();
                w.WriteString("Name", d.Key);
                w.WriteString("Value", d.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (output.NextToken is not null)
        {
            w.WriteString("NextToken", output.NextToken);
        }

        w.WriteEndObject();
    });
}
