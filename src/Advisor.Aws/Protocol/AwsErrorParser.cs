using System.Text.Json;
using Advisor.Aws.Errors;

namespace Advisor.Aws.Protocol;

/// <summary>
/// Reads the error of a failed JSON-protocol response (aws-wire.md §3.1): the code from <c>x-amzn-query-error</c>
/// (query-compatible services), <c>X-Amzn-ErrorType</c>, body <c>__type</c> or <c>code</c>; the message from
/// <c>message</c> or <c>Message</c>; the request id from <c>x-amzn-RequestId</c>.
/// </summary>
internal static class AwsErrorParser
{
    /// <summary>Why: the code when neither headers nor body name one; classification then goes by HTTP status.</summary>
    public const string UnknownCode = "UnknownError";

    public static AwsErrorDetails Parse(
        AwsServiceEndpoint endpoint, string operation, HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        var requestId = RequestId(response);
        string? code = null;
        if (endpoint.QueryCompatible && Header(response, "x-amzn-query-error") is { } queryError)
        {
            // Why: query-compatible services send "Code;Sender"; that code is the one the query protocol would have used.
            code = queryError.Split(';')[0];
        }

        code = Normalise(code) ?? Normalise(Header(response, "X-Amzn-ErrorType"));
        string? message = null;
        var parsed = TryReadBody(body, out var bodyCode, out message);
        code ??= Normalise(bodyCode) ?? UnknownCode;
        var status = response.StatusCode;
        message ??= parsed
            ? $"{endpoint.ServiceName} {operation} failed with HTTP {(int)status} and no message."
            : $"{endpoint.ServiceName} {operation} failed with HTTP {(int)status}; the error body is not JSON.";
        return new AwsErrorDetails(endpoint.ServiceName, operation, code, message, requestId, status);
    }

    public static string? RequestId(HttpResponseMessage response) =>
        Header(response, "x-amzn-RequestId") ?? Header(response, "x-amz-request-id");

    /// <summary>Strips everything after ':' and before '#': <c>com.amazonaws.x#Code:http://...</c> → <c>Code</c>.</summary>
    internal static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var value = code.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            value = value[..colon];
        }

        var hash = value.LastIndexOf('#');
        if (hash >= 0)
        {
            value = value[(hash + 1)..];
        }

        return value.Length == 0 ? null : value;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool TryReadBody(ReadOnlySpan<byte> body, out string? code, out string? message)
    {
        code = null;
        message = null;
        if (body.IsEmpty)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            code = StringMember(document.RootElement, "__type") ?? StringMember(document.RootElement, "code");
            message = StringMember(document.RootElement, "message") ?? StringMember(document.RootElement, "Message");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
