using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Auth;

/// <summary>The parts of an <c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c> header.</summary>
internal sealed record SigV4Authorization(
    string AccessKeyId,
    string ScopeDate,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string SignedHeadersLine => string.Join(';', SignedHeaders);

    /// <summary>Parses the header; malformed input gives AWS's IncompleteSignatureException.</summary>
    public static SigV4Authorization Parse(string header)
    {
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw ApiErrors.IncompleteSignature($"Authorization header must use the {Algorithm} algorithm.");
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw ApiErrors.IncompleteSignature($"Authorization header element '{part}' is not a key=value pair.");
            }

            parts[part[..eq]] = part[(eq + 1)..];
        }

        var credential = Required(parts, "Credential");
        var signedHeaders = Required(parts, "SignedHeaders");
        var signature = Required(parts, "Signature");

        // Why: the credential scope is AKID/yyyyMMdd/region/service/aws4_request, exactly five parts.
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request" || scope.Any(string.IsNullOrEmpty))
        {
            throw ApiErrors.IncompleteSignature(
                "Credential must have the form AccessKeyId/yyyyMMdd/region/service/aws4_request.");
        }

        var headerNames = signedHeaders.Split(';');
        if (headerNames.Any(h => h.Length == 0 || h.Any(char.IsAsciiLetterUpper)))
        {
            throw ApiErrors.IncompleteSignature("SignedHeaders must be a ';'-separated list of lower-case header names.");
        }

        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], headerNames, signature);
    }

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw ApiErrors.IncompleteSignature($"Authorization header requires '{name}' parameter.");
}
