using System.Formats.Cbor;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>Reads GetMetricData answers of each protocol into <see cref="TestResult"/>s (plus the NextToken).</summary>
internal static class MetricAnswers
{
    public static (List<TestResult> Results, string? NextToken) FromJson(JsonElement body) => (
        body.GetProperty("MetricDataResults").EnumerateArray().Select(r => new TestResult(
            r.GetProperty("Id").GetString()!,
            r.GetProperty("Label").GetString()!,
            r.GetProperty("StatusCode").GetString()!,
            r.GetProperty("Timestamps").EnumerateArray().Select(t => DateTimeOffset.FromUnixTimeMilliseconds((long)(t.GetDecimal() * 1000))).ToList(),
            r.GetProperty("Values").EnumerateArray().Select(v => v.GetDouble()).ToList())).ToList(),
        body.TryGetProperty("NextToken", out var token) ? token.GetString() : null);

    public static (List<TestResult> Results, string? NextToken) FromXml(XElement root)
    {
        var result = root.Element(Wire.Cw + "GetMetricDataResult")!;
        var results = result.Element(Wire.Cw + "MetricDataResults")!.Elements(Wire.Cw + "member").Select(m => new TestResult(
            m.Element(Wire.Cw + "Id")!.Value,
            m.Element(Wire.Cw + "Label")!.Value,
            m.Element(Wire.Cw + "StatusCode")!.Value,
            m.Element(Wire.Cw + "Timestamps")!.Elements(Wire.Cw + "member")
                .Select(t => DateTimeOffset.Parse(t.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)).ToList(),
            m.Element(Wire.Cw + "Values")!.Elements(Wire.Cw + "member").Select(v => double.Parse(v.Value, CultureInfo.InvariantCulture)).ToList()))
            .ToList();
        return (results, result.Element(Wire.Cw + "NextToken")?.Value);
    }

    public static (List<TestResult> Results, string? NextToken) FromCbor(byte[] body)
    {
        var root = (Dictionary<string, object?>)Read(new CborReader(body, CborConformanceMode.Lax))!;
        var results = ((List<object?>)root["MetricDataResults"]!).Cast<Dictionary<string, object?>>().Select(r => new TestResult(
            (string)r["Id"]!,
            (string)r["Label"]!,
            (string)r["StatusCode"]!,
            ((List<object?>)r["Timestamps"]!).Cast<DateTimeOffset>().ToList(),
            ((List<object?>)r["Values"]!).Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList())).ToList();
        return (results, root.TryGetValue("NextToken", out var token) ? (string?)token : null);
    }

    public static object? Read(CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                var map = new Dictionary<string, object?>();
                reader.ReadStartMap();
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    map[reader.ReadTextString()] = Read(reader);
                }

                reader.ReadEndMap();
                return map;
            case CborReaderState.StartArray:
                var list = new List<object?>();
                reader.ReadStartArray();
                while (reader.PeekState() != CborReaderState.EndArray)
                {
                    list.Add(Read(reader));
                }

                reader.ReadEndArray();
                return list;
            case CborReaderState.Tag:
                Assert.Equal(CborTag.UnixTimeSeconds, reader.ReadTag());
                var seconds = reader.PeekState() is CborReaderState.UnsignedInteger ? reader.ReadInt64() : reader.ReadDouble();
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            case CborReaderState.TextString:
                return reader.ReadTextString();
            case CborReaderState.UnsignedInteger:
            case CborReaderState.NegativeInteger:
                return reader.ReadInt64();
            case CborReaderState.DoublePrecisionFloat:
            case CborReaderState.SinglePrecisionFloat:
            case CborReaderState.HalfPrecisionFloat:
                return reader.ReadDouble();
            default:
                throw new InvalidOperationException("Unexpected CBOR item " + reader.PeekState());
        }
    }
}
