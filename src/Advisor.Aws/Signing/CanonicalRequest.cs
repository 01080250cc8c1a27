using System.Text;

namespace Advisor.Aws.Signing;

/// <summary>
/// The SigV4 canonical request of an <see cref="HttpRequestMessage"/>: method, URI path, sorted query,
/// lower-case sorted headers with trimmed values, the signed-header list and the payload hash.
/// </summary>
public sealed record CanonicalRequest(string Text, string SignedHeaders)
{
    /// <summary>
    /// Why: HttpClient or proxies may add or rewrite these after signing (and AWS does not require them), so signing them breaks requests.
    /// </summary>
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "user-agent", "content-length", "expect", "transfer-encoding", "connection", "x-amzn-trace-id",
    };

    /// <summary>Builds the canonical request for the request as it stands, with the given hex SHA-256 of its body.</summary>
    public static CanonicalRequest Build(HttpRequestMessage request, string payloadHash)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no RequestUri.", nameof(request));
        var headers = CollectHeaders(request, uri);
        var signedHeaders = string.Join(';', headers.Keys);

        var text = new StringBuilder()
            .Append(request.Method.Method).Append('\n')

            // Why: the JSON protocols always POST to "/"; Uri keeps the path escaped once, which is what non-S3 services verify for such paths.
            .Append(string.IsNullOrEmpty(uri.AbsolutePath) ? "/" : uri.AbsolutePath).Append('\n')
            .Append(CanonicalQuery(uri.Query)).Append('\n');
        foreach (var (name, value) in headers)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        text.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return new CanonicalRequest(text.ToString(), signedHeaders);
    }

    private static SortedDictionary<string, string> CollectHeaders(HttpRequestMessage request, Uri uri)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            // Why: Uri.Authority omits the scheme's default port and keeps any other (127.0.0.1:4566), as the Host header does.
            ["host"] = request.Headers.Host ?? uri.Authority,
        };
        var all = request.Headers.AsEnumerable();
        if (request.Content is not null)
        {
            all = all.Concat(request.Content.Headers);
        }

        foreach (var (name, values) in all)
        {
            var key = name.ToLowerInvariant();
            if (key == "host" || UnsignedHeaders.Contains(key))
            {
                continue;
            }

            var value = string.Join(',', values.Select(NormaliseValue));
            headers[key] = headers.TryGetValue(key, out var existing) ? existing + "," + value : value;
        }

        return headers;
    }

    /// <summary>Trims the value and collapses inner runs of spaces to one, as SigV4 requires.</summary>
    private static string NormaliseValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value.Trim())
        {
            var isSpace = c is ' ' or '\t';
            if (!isSpace || !lastWasSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }

    /// <summary>Query parameters decoded, re-encoded per RFC 3986 (upper-case hex) and sorted by name, then value.</summary>
    private static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return string.Empty;
        }

        var pairs = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? part : part[..eq];
                var value = eq < 0 ? string.Empty : part[(eq + 1)..];
                return (Name: Encode(name), Value: Encode(value));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>Why: EscapeDataString leaves exactly RFC 3986's unreserved set (A-Z a-z 0-9 - _ . ~) unescaped, as SigV4 wants.</summary>
    private static string Encode(string component) => Uri.EscapeDataString(Uri.UnescapeDataString(component));
}
