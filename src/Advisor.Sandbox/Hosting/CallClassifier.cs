using System.Text;
using Advisor.Sandbox.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Hosting;

/// <summary>
/// Works out service, protocol and operation from an incoming request: <c>X-Amz-Target</c> (JSON 1.0/1.1),
/// a form POST with <c>Action=</c> (query), or the Smithy RPC v2 CBOR path.
/// </summary>
internal static class CallClassifier
{
    private const string CborPathPrefix = "/service/GraniteServiceVersion20100801/operation/";

    private static readonly IReadOnlyDictionary<string, StringValues> NoForm = new Dictionary<string, StringValues>();

    /// <summary>The call, or throws <see cref="UnclassifiedCallException"/> carrying the protocol to answer the error in.</summary>
    public static ApiCall Classify(HttpRequest request, byte[] body, string requestId)
    {
        var path = request.Path.Value ?? "/";
        var contentType = request.ContentType ?? string.Empty;
        if (path.StartsWith(CborPathPrefix, StringComparison.Ordinal))
        {
            var operation = path[CborPathPrefix.Length..];
            if (!HttpMethods.IsPost(request.Method) || operation.Length == 0 || operation.Contains('/', StringComparison.Ordinal))
            {
                throw new UnclassifiedCallException(WireProtocol.RpcV2Cbor, ApiErrors.UnknownOperation(WireProtocol.RpcV2Cbor, operation));
            }

            return new ApiCall(SandboxService.CloudWatch, WireProtocol.RpcV2Cbor, operation, body, NoForm, requestId);
        }

        var jsonProtocol = contentType.Contains("json-1.0", StringComparison.OrdinalIgnoreCase) ? WireProtocol.AwsJson10 : WireProtocol.AwsJson11;
        var target = request.Headers["X-Amz-Target"].ToString();
        if (target.Length > 0)
        {
            var dot = target.LastIndexOf('.');
            var prefix = dot < 0 ? string.Empty : target[..dot];
            var operation = dot < 0 ? target : target[(dot + 1)..];
            var address = ServiceCatalog.ByTargetPrefix(prefix);
            if (address is null || !HttpMethods.IsPost(request.Method))
            {
                throw new UnclassifiedCallException(jsonProtocol, ApiErrors.UnknownOperation(jsonProtocol, target));
            }

            return new ApiCall(address.Service, address.JsonProtocol, operation, body, NoForm, requestId);
        }

        if (HttpMethods.IsPost(request.Method) && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            var action = form.TryGetValue("Action", out var a) ? a.ToString() : string.Empty;
            if (action.Length == 0)
            {
                throw new UnclassifiedCallException(
                    WireProtocol.AwsQuery, new SandboxApiException(400, "MissingAction", "The request must contain the parameter Action."));
            }

            // Why: every query-protocol service POSTs to "/"; only the Version parameter tells CloudWatch, EC2 and STS apart.
            var version = form.TryGetValue("Version", out var v) ? v.ToString() : string.Empty;
            var queryService = ServiceCatalog.ByQueryVersion(version)
                ?? throw new UnclassifiedCallException(WireProtocol.AwsQuery, new SandboxApiException(
                    400, "InvalidAction", $"Could not find operation {action} for version '{version}'."));
            return new ApiCall(queryService.Service, WireProtocol.AwsQuery, action, body, form, requestId);
        }

        throw new UnclassifiedCallException(jsonProtocol, new SandboxApiException(
            400, "UnknownOperationException", "Unable to determine service/operation name to be authorized (no X-Amz-Target, Action or CBOR operation path)."));
    }
}

/// <summary>A request that names no known service or operation, with the protocol its error should use.</summary>
internal sealed class UnclassifiedCallException : Exception
{
    public UnclassifiedCallException(WireProtocol protocol, SandboxApiException error)
        : base(error.Message, error)
    {
        Protocol = protocol;
        Error = error;
    }

    public WireProtocol Protocol { get; }
    public SandboxApiException Error { get; }
}
