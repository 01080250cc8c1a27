using System.Formats.Cbor;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Advisor.Sandbox.Protocol;

/// <summary>Writes success and error answers in the request's protocol family, always with <c>x-amzn-RequestId</c>.</summary>
internal static class ResponseWriter
{
    /// <summary>The CloudWatch query-protocol XML namespace.</summary>
    public const string QueryNamespace = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    public static string ContentType(WireProtocol protocol) => protocol switch
    {
        WireProtocol.AwsJson10 => "application/x-amz-json-1.0",
        WireProtocol.AwsJson11 => "application/x-amz-json-1.1",
        WireProtocol.AwsQuery => "text/xml",
        _ => "application/cbor",
    };

    public static async Task WriteSuccessAsync(HttpContext context, WireProtocol protocol, byte[] body, string requestId)
    {
        WriteCommonHeaders(context.Response, protocol, requestId);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static async Task WriteErrorAsync(HttpContext context, WireProtocol protocol, SandboxService? service, SandboxApiException error, string requestId)
    {
        var response = context.Response;
        WriteCommonHeaders(response, protocol, requestId);
        response.StatusCode = error.Status;
        var fault = error.ReceiverFault ? "Receiver" : "Sender";
        if (service == SandboxService.CloudWatch && protocol != WireProtocol.AwsQuery)
        {
            // Why: CloudWatch is awsQueryCompatible; SDKs prefer this header's code over __type.
            response.Headers["x-amzn-query-error"] = error.QueryCode + ";" + fault;
        }

        var body = protocol switch
        {
            WireProtocol.AwsQuery when service == SandboxService.Ec2 => Ec2.Ec2Xml.Error(error.QueryCode, error.Message, requestId),
            WireProtocol.AwsQuery => QueryError(error, fault, requestId),
            WireProtocol.RpcV2Cbor => CborError(error),
            _ => JsonError(error),
        };
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static void WriteCommonHeaders(HttpResponse response, WireProtocol protocol, string requestId)
    {
        response.ContentType = ContentType(protocol);
        response.Headers["x-amzn-RequestId"] = requestId;
        if (protocol == WireProtocol.RpcV2Cbor)
        {
            // Why: Smithy RPC v2 clients (Go v2 ≥ 1.52) reject answers without this header.
            response.Headers["smithy-protocol"] = "rpc-v2-cbor";
        }
    }

    private static byte[] JsonError(SandboxApiException error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static byte[] CborError(SandboxApiException error)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        writer.WriteStartMap(2);
        writer.WriteTextString("__type");
        writer.WriteTextString(error.Code);
        writer.WriteTextString("message");
        writer.WriteTextString(error.Message);
        writer.WriteEndMap();
        return writer.Encode();
    }

    private static byte[] QueryError(SandboxApiException error, string fault, string requestId) => QueryXml.Write(writer =>
    {
        writer.Start("ErrorResponse");
        writer.Start("Error");
        writer.Element("Type", fault);
        writer.Element("Code", error.QueryCode);
        writer.Element("Message", error.Message);
        writer.WriteEndElement();
        writer.Element("RequestId", requestId);
        writer.WriteEndElement();
    });
}

/// <summary>Small helper to produce query-protocol XML bodies.</summary>
internal static class QueryXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Starts an element in the CloudWatch namespace (no prefix: it is the default namespace).</summary>
    public static void Start(this XmlWriter writer, string name) => writer.WriteStartElement(name, ResponseWriter.QueryNamespace);

    /// <summary>Writes a text element in the CloudWatch namespace.</summary>
    public static void Element(this XmlWriter writer, string name, string value) =>
        writer.WriteElementString(name, ResponseWriter.QueryNamespace, value);

    /// <summary>Writes <c>&lt;ResponseMetadata&gt;&lt;RequestId&gt;</c>.</summary>
    public static void ResponseMetadata(this XmlWriter writer, string requestId)
    {
        writer.Start("ResponseMetadata");
        writer.Element("RequestId", requestId);
        writer.WriteEndElement();
    }
}
