using System.Formats.Cbor;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>CloudWatch Smithy RPC v2 CBOR responses; timestamps are tag 1 epoch seconds.</summary>
internal static class CloudWatchCborCodec
{
    public static byte[] WriteGetMetricData(GetMetricDataOutput output)
    {
        var w = new CborWriter(CborConformanceMode.Lax);
        w.WriteStartMap(output.NextToken is null ? 2 : 3);
        w.WriteTextString("MetricDataResults");
        w.WriteStartArray(output.Results.Count);
        foreach (var r in output.Results)
        {
            w.WriteStartMap(5);
            w.WriteTextString("Id");
            w.WriteTextString(r.Id);
            w.WriteTextString("Label");
            w.WriteTextString(r.Label);
            w.WriteTextString("Timestamps");
            w.WriteStartArray(r.Timestamps.Count);
            foreach (var t in r.Timestamps)
            {
                WriteTimestamp(w, t);
            }

            w.WriteEndArray();
            w.WriteTextString("Values");
            w.WriteStartArray(r.Values.Count);
            foreach (var v in r.Values)
            {
                w.WriteDouble(v);
            }

            w.WriteEndArray();
            w.WriteTextString("StatusCode");
            w.WriteTextString(r.StatusCode);
            w.WriteEndMap();
        }

        w.WriteEndArray();
        if (output.NextToken is not null)
        {
            w.WriteTextString("NextToken");
            w.WriteTextString(output.NextToken);
        }

        w.WriteTextString("Messages");
        w.WriteStartArray(0);
        w.WriteEndArray();
        w.WriteEndMap();
        return w.Encode();
    }

    public static byte[] WriteListMetrics(ListMetricsOutput output)
    {
        var w = new CborWriter(CborConformanceMode.Lax);
        w.WriteStartMap(output.NextToken is null ? 1 : 2);
        w.WriteTextString("Metrics");
        w.WriteStartArray(output.Metrics.Count);
        foreach (var m in output.Metrics)
        {
            w.WriteStartMap(3);
            w.WriteTextString("Namespace");
            w.WriteTextString(m.Namespace);
            w.WriteTextString("MetricName");
            w.WriteTextString(m.MetricName);
            w.WriteTextString("Dimensions");
            w.WriteStartArray(m.Dimensions.Count);
            foreach (var d in m.Dimensions)
            {
                w.WriteStartMap(2);
                w.WriteTextString("Name");
                w.WriteTextString(d.Key);
                w.WriteTextString("Value");
                w.WriteTextString(d.Value);
                w.WriteEndMap();
            }

            w.WriteEndArray();
            w.WriteEndMap();
        }

        w.WriteEndArray();
        if (output.NextToken is not null)
        {
            w.WriteTextString("NextToken");
            w.WriteTextString(output.NextToken);
        }

        w.WriteEndMap();
        return w.Encode();
    }

    private static void WriteTimestamp(CborWriter w, DateTimeOffset value)
    {
        w.WriteTag(CborTag.UnixTimeSeconds);
        var ms = value.ToUnixTimeMilliseconds();
        if (ms % 1000 == 0)
        {
            w.WriteInt64(ms / 1000);
        }
        else
        {
            w.WriteDouble((double)EpochTime.ToSeconds(value));
        }
    }
}
