using System.Net;
using System.Text;

namespace Advisor.Aws.Tests.Support;

/// <summary>A request as the handler saw it: headers flattened, body bytes copied before the request is disposed.</summary>
public sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}

/// <summary>Records every request and answers with queued responses (or throws queued exceptions). No network.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    public StubHttpHandler Enqueue(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public StubHttpHandler EnqueueOk(string body, string requestId = "req-ok") =>
        Enqueue(HttpStatusCode.OK, body, ("x-amzn-RequestId", requestId));

    public StubHttpHandler EnqueueError(HttpStatusCode status, string type, string message, string requestId = "req-err") =>
        Enqueue(status, $$"""{"__type":"{{type}}","message":"{{message}}"}""", ("x-amzn-RequestId", requestId));

    public StubHttpHandler EnqueueException(Exception exception)
    {
        _responses.Enqueue(() => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = string.Join(",", values);
        }

        byte[] body = [];
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, contentType, body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No response queued for request {_requests.Count}.");
        }

        return _responses.Dequeue()();
    }
}
