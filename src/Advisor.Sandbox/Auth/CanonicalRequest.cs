using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Advisor.Sandbox.Auth;

/// <summary>Rebuilds the SigV4 canonical request from an incoming HTTP request, as the client must have built it.</summary>
internal static class CanonicalRequest
{
    public static string Build(HttpRequest request, byte[] body, IReadOnlyList<string> signedHeaders)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var rawPath = rawTarget is { Length: > 0 } && rawTarget[0] == '/'
            ? rawTarget.Split('?', 2)[0]
            : request.PathBase.Add(request.Path).ToUriComponent();

        var builder = new StringBuilder();
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalPath(rawPath)).Append('\n');
        builder.Append(CanonicalQuery(request.QueryString.Value)).Append('\n');
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(HeaderValue(request, name)).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(Convert.ToHexStringLower(SHA256.HashData(body)));
        return builder.ToString();
    }

    /// <summary>
    /// Non-S3 services encode the (already percent-encoded) path once more, keeping '/'; that is what botocore
    /// and the AWS SDKs sign.
    /// </summary>
    private static string CanonicalPath(string rawPath) => rawPath.Length == 0 ? "/" : Encode(rawPath, keepSlash: true);

    private static string CanonicalQuery(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return string.Empty;
        }

        var pairs = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? p : p[..eq];
                var value = eq < 0 ? string.Empty : p[(eq + 1)..];
                return (Name: Encode(Uri.UnescapeDataString(name), false), Value: Encode(Uri.UnescapeDataString(value), false));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    private static string HeaderValue(HttpRequest request, string name)
    {
        var values = name == "host" ? request.Headers.Host : request.Headers[name];
        return string.Join(',', values.Select(v => CollapseSpaces((v ?? string.Empty).Trim())));
    }

    private static string CollapseSpaces(string value)
    {
        if (!value.Contains("  ", StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>RFC 3986 encoding: unreserved characters stay, every other UTF-8 byte becomes %XX (upper-case hex).</summary>
    internal static string Encode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
