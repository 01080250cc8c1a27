using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime.Internal.Auth;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>
/// A minimal SigV4-signing HTTP client for the tests (the production client lives in Advisor.Aws): builds the canonical
/// request by hand and signs it with AWS4Signer.ComputeSignature.
/// </summary>
internal sealed class SignedClient : IDisposable
{
    private readonly HttpClient _http;

    public SignedClient(Uri baseUrl)
    {
        _http = new HttpClient { BaseAddress = baseUrl };
    }

    public string AccessKey { get; init; } = SandboxCredentials.AccessKeyId;
    public string SecretKey { get; init; } = SandboxCredentials.SecretAccessKey;
    public string Region { get; init; } = TestEstate.Region;
    public string? SessionToken { get; init; }
    public Func<DateTime> Clock { get; init; } = () => DateTime.UtcNow;

    public Task<HttpResponseMessage> SageMakerAsync(string operation, string json, string? service = null) =>
        SendAsync("/", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(json), service ?? "sagemaker",
            new() { ["X-Amz-Target"] = "SageMaker." + operation });

    public Task<HttpResponseMessage> CloudWatchJsonAsync(string operation, string json) =>
        SendAsync("/", "application/x-amz-json-1.0", Encoding.UTF8.GetBytes(json), "monitoring",
            new() { ["X-Amz-Target"] = "GraniteServiceVersion20100801." + operation, ["x-amzn-query-mode"] = "true" });

    public Task<HttpResponseMessage> CloudWatchQueryAsync(string form) =>
        SendAsync("/", "application/x-www-form-urlencoded; charset=utf-8", Encoding.UTF8.GetBytes(form), "monitoring", []);

    public Task<HttpResponseMessage> CloudWatchCborAsync(string operation, byte[] cbor) =>
        SendAsync("/service/GraniteServiceVersion20100801/operation/" + operation, "application/cbor", cbor, "monitoring",
            new() { ["smithy-protocol"] = "rpc-v2-cbor", ["Accept"] = "application/cbor", ["x-amzn-query-mode"] = "true" });

    /// <summary>Signs <paramref name="body"/> and sends <paramref name="sentBody"/> (the same unless a test tampers with it).</summary>
    public async Task<HttpResponseMessage> SendAsync(
        string path, string contentType, byte[] body, string service, Dictionary<string, string> headers, byte[]? sentBody = null)
    {
        var signedAt = Clock();
        var amzDate = signedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = contentType,
            ["host"] = _http.BaseAddress!.Authority,
            ["x-amz-date"] = amzDate,
        };
        foreach (var (name, value) in headers)
        {
            signed[name.ToLowerInvariant()] = value;
        }

        if (SessionToken is not null)
        {
            signed["x-amz-security-token"] = SessionToken;
        }

        var signedHeaders = string.Join(';', signed.Keys);
        var canonical = new StringBuilder()
            .Append("POST\n").Append(path).Append("\n\n")
            .Append(string.Concat(signed.Select(h => h.Key + ":" + h.Value + "\n")))
            .Append('\n').Append(signedHeaders).Append('\n')
            .Append(Convert.ToHexStringLower(SHA256.HashData(body)))
            .ToString();
        var signature = AWS4Signer.ComputeSignature(AccessKey, SecretKey, Region, signedAt, service, signedHeaders, canonical);

        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'));
        request.Content = new ByteArrayContent(sentBody ?? body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in signed.Where(h => h.Key is not ("content-type" or "host")))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", signature.ForAuthorizationHeader);
        return await _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> UnsignedAsync(HttpRequestMessage request) => _http.SendAsync(request);

    public void Dispose() => _http.Dispose();
}
