using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>The CloudWatch operations of the sandbox (GetMetricData, ListMetrics) in JSON 1.0, query and CBOR.</summary>
internal sealed class CloudWatchService(SandboxEstate estate, SandboxStats stats) : ISandboxApi
{
    private readonly GetMetricDataOperation _getMetricData = new(estate.Metrics);
    private readonly ListMetricsOperation _listMetrics = new(estate.Metrics);

    public SandboxService Service => SandboxService.CloudWatch;

    public byte[] Handle(ApiCall call)
    {
        try
        {
            return call.Operation switch
            {
                "GetMetricData" => GetMetricData(call),
                "ListMetrics" => ListMetrics(call),
                _ => throw ApiErrors.UnknownOperation(call.Protocol, call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw ApiErrors.CloudWatchInvalidParameter(ex.Message);
        }
    }

    private byte[] GetMetricData(ApiCall call)
    {
        var input = call.Protocol == WireProtocol.AwsQuery
            ? CloudWatchQueryCodec.ReadGetMetricData(call.Form)
            : WithJson(call, CloudWatchJsonCodec.ReadGetMetricData);
        stats.RecordMetricQueries(input.Queries?.Count ?? 0);
        var output = _getMetricData.Execute(input);
        return call.Protocol switch
        {
            WireProtocol.AwsQuery => CloudWatchQueryCodec.WriteGetMetricData(output, call.RequestId),
            WireProtocol.RpcV2Cbor => CloudWatchCborCodec.WriteGetMetricData(output),
            _ => CloudWatchJsonCodec.WriteGetMetricData(output),
        };
    }

    private byte[] ListMetrics(ApiCall call)
    {
        var input = call.Protocol == WireProtocol.AwsQuery
            ? CloudWatchQueryCodec.ReadListMetrics(call.Form)
            : WithJson(call, CloudWatchJsonCodec.ReadListMetrics);
        var output = _listMetrics.Execute(input);
        return call.Protocol switch
        {
            WireProtocol.AwsQuery => CloudWatchQueryCodec.WriteListMetrics(output, call.RequestId),
            WireProtocol.RpcV2Cbor => CloudWatchCborCodec.WriteListMetrics(output),
            _ => CloudWatchJsonCodec.WriteListMetrics(output),
        };
    }

    private static T WithJson<T>(ApiCall call, Func<JsonElement, T> read)
    {
        using var document = call.Protocol == WireProtocol.RpcV2Cbor ? CborToJson.Convert(call.Body) : JsonInput.Parse(call.Body);
        return read(document.RootElement);
    }
}
