using System.Formats.Cbor;
using System.Globalization;
using System.Text.Json;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>One MetricStat query for the tests, rendered for each protocol.</summary>
internal sealed record TestQuery(string Id, string Namespace, string MetricName, (string Name, string Value)[] Dimensions, int Period, string Stat)
{
    public static TestQuery AlphaInvocations(string id = "inv", int period = 3600, string stat = "Sum") =>
        new(id, TestEstate.SageMakerNs, "Invocations", [("EndpointName", "alpha"), ("VariantName", "AllTraffic")], period, stat);

    public static TestQuery AlphaCpu(string id = "cpu") =>
        new(id, TestEstate.EndpointsNs, "CPUUtilization", [("EndpointName", "alpha"), ("VariantName", "AllTraffic")], 3600, "Average");
}

/// <summary>Builds GetMetricData requests in JSON 1.0, query form and CBOR, and reads the three answers into one shape.</summary>
internal static class MetricRequests
{
    public static string Json(IEnumerable<TestQuery> queries, DateTimeOffset start, DateTimeOffset end, string? scanBy = "TimestampAscending",
        int? maxDatapoints = null, string? nextToken = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["MetricDataQueries"] = queries.Select(q => new Dictionary<string, object>
            {
                ["Id"] = q.Id,
                ["MetricStat"] = new Dictionary<string, object>
                {
                    ["Metric"] = new Dictionary<string, object>
                    {
                        ["Namespace"] = q.Namespace,
                        ["MetricName"] = q.MetricName,
                        ["Dimensions"] = q.Dimensions.Select(d => new Dictionary<string, string> { ["Name"] = d.Name, ["Value"] = d.Value }).ToList(),
                    },
                    ["Period"] = q.Period,
                    ["Stat"] = q.Stat,
                },
            }).ToList(),
            ["StartTime"] = start.ToUnixTimeSeconds(),
            ["EndTime"] = end.ToUnixTimeSeconds(),
        };
        if (scanBy is not null)
        {
            body["ScanBy"] = scanBy;
        }

        if (maxDatapoints is not null)
        {
            body["MaxDatapoints"] = maxDatapoints;
        }

        if (nextToken is not null)
        {
            body["NextToken"] = nextToken;
        }

        return JsonSerializer.Serialize(body);
    }

    public static string Form(IEnumerable<TestQuery> queries, DateTimeOffset start, DateTimeOffset end, string scanBy = "TimestampAscending")
    {
        var pairs = new List<(string, string)> { ("Action", "GetMetricData"), ("Version", "2010-08-01") };
        var i = 0;
        foreach (var q in queries)
        {
            var p = $"MetricDataQueries.member.{++i}.";
            pairs.Add((p + "Id", q.Id));
            pairs.Add((p + "MetricStat.Metric.Namespace", q.Namespace));
            pairs.Add((p + "MetricStat.Metric.MetricName", q.MetricName));
            var j = 0;
            foreach (var d in q.Dimensions)
            {
                j++;
                pairs.Add(($"{p}MetricStat.Metric.Dimensions.member.{j}.Name", d.Name));
                pairs.Add(($"{p}MetricStat.Metric.Dimensions.member.{j}.Value", d.Value));
            }

            pairs.Add((p + "MetricStat.Period", q.Period.ToString(CultureInfo.InvariantCulture)));
            pairs.Add((p + "MetricStat.Stat", q.Stat));
        }

        pairs.Add(("StartTime", start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        pairs.Add(("EndTime", end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        pairs.Add(("ScanBy", scanBy));
        return string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
    }

    /// <summary>CBOR as a Smithy client writes it: an indefinite-length root map, tag-1 timestamps.</summary>
    public static byte[] Cbor(IEnumerable<TestQuery> queries, DateTimeOffset start, DateTimeOffset end, string scanBy = "TimestampAscending")
    {
        var list = queries.ToList();
        var w = new CborWriter(CborConformanceMode.Lax);
        w.WriteStartMap(null);
        w.WriteTextString("MetricDataQueries");
        w.WriteStartArray(list.Count);
        foreach (var q in list)
        {
            w.WriteStartMap(2);
            w.WriteTextString("Id");
            w.WriteTextString(q.Id);
            w.WriteTextString("MetricStat");
            w.WriteStartMap(3);
            w.WriteTextString("Metric");
            w.WriteStartMap(3);
            w.WriteTextString("Namespace");
            w.WriteTextString(q.Namespace);
            w.WriteTextString("MetricName");
            w.WriteTextString(q.MetricName);
            w.WriteTextString("Dimensions");
            w.WriteStartArray(q.Dimensions.Length);
            foreach (var d in q.Dimensions)
            {
                w.WriteStartMap(2);
                w.WriteTextString("Name");
                w.WriteTextString(d.Name);
                w.WriteTextString("Value");
                w.WriteTextString(d.Value);
                w.WriteEndMap();
            }

            w.WriteEndArray();
            w.WriteEndMap();
            w.WriteTextString("Period");
            w.WriteInt32(q.Period);
            w.WriteTextString("Stat");
            w.WriteTextString(q.Stat);
            w.WriteEndMap();
            w.WriteEndMap();
        }

        w.WriteEndArray();
        w.WriteTextString("StartTime");
        w.WriteTag(CborTag.UnixTimeSeconds);
        w.WriteDouble(start.ToUnixTimeSeconds());
        w.WriteTextString("EndTime");
        w.WriteTag(CborTag.UnixTimeSeconds);
        w.WriteInt64(end.ToUnixTimeSeconds());
        w.WriteTextString("ScanBy");
        w.WriteTextString(scanBy);
        w.WriteEndMap();
        return w.Encode();
    }
}

/// <summary>One query's answer, whatever the protocol.</summary>
internal sealed record TestResult(string Id, string Label, string StatusCode, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values);
