using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Advisor.Sandbox.Protocol;
using Amazon.Runtime.Internal.Auth;
using Microsoft.AspNetCore.Http;

namespace Advisor.Sandbox.Auth;

/// <summary>
/// Verifies AWS Signature Version 4 on incoming requests against the fixed sandbox key pair, in the order AWS checks:
/// header present and well formed, known access key, credential scope, clock skew, then the signature itself.
/// </summary>
internal sealed class SigV4Verifier(string region, TimeProvider clock, Sts.SessionCredentialStore? sessions = null)
{
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    // Why: AWS rejects requests whose X-Amz-Date is more than 5 minutes away from its clock.
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Throws <see cref="SandboxApiException"/> when the request is not correctly signed for <paramref name="service"/>.</summary>
    public void Verify(HttpRequest request, byte[] body, string service)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            throw ApiErrors.MissingAuthenticationToken();
        }

        var auth = SigV4Authorization.Parse(header);
        var secret = SecretOf(request, auth.AccessKeyId);

        if (!string.Equals(auth.Service, service, StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidSignature($"Credential should be scoped to correct service: '{service}'. ");
        }

        // Why: Cost Explorer and the Price List API are called at us-east-1 whatever the estate's region (aws-wire §1.1).
        if (!string.Equals(auth.Region, region, StringComparison.Ordinal) && !(service is "ce" or "pricing" && auth.Region == "us-east-1"))
        {
            throw ApiErrors.InvalidSignature($"Credential should be scoped to a valid region: expected '{region}', got '{auth.Region}'.");
        }

        if (!auth.SignedHeaders.Contains("host"))
        {
            throw ApiErrors.InvalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        var signedAt = ReadDate(request, auth);
        CheckSkew(signedAt);

        var canonical = CanonicalRequest.Build(request, body, auth.SignedHeaders);
        var expected = AWS4Signer.ComputeSignature(
            auth.AccessKeyId, secret, auth.Region, signedAt.UtcDateTime, auth.Service, auth.SignedHeadersLine, canonical);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected.Signature), Encoding.ASCII.GetBytes(auth.Signature.ToLowerInvariant())))
        {
            throw ApiErrors.SignatureMismatch();
        }
    }

    /// <summary>
    /// The secret of a known key: the fixed pair, or a session key issued by the sandbox's STS (with its exact session token,
    /// until it expires). Anything else is an unknown client.
    /// </summary>
    private string SecretOf(HttpRequest request, string accessKeyId)
    {
        if (string.Equals(accessKeyId, SandboxCredentials.AccessKeyId, StringComparison.Ordinal))
        {
            return SandboxCredentials.SecretAccessKey;
        }

        var session = sessions?.Find(accessKeyId);
        var token = request.Headers["X-Amz-Security-Token"].ToString();
        if (session is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(session.SessionToken)))
        {
            throw ApiErrors.UnrecognizedClient();
        }

        if (clock.GetUtcNow() >= session.Expiration)
        {
            throw Sts.StsErrors.ExpiredToken();
        }

        return session.SecretAccessKey;
    }

    private static DateTimeOffset ReadDate(HttpRequest request, SigV4Authorization auth)
    {
        var text = request.Headers["X-Amz-Date"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            throw ApiErrors.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if (!DateTimeOffset.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            throw ApiErrors.IncompleteSignature($"X-Amz-Date '{text}' is not in the ISO-8601 basic format yyyyMMddTHHmmssZ.");
        }

        if (!string.Equals(auth.ScopeDate, text[..8], StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{auth.ScopeDate}' != '{text[..8]}', from '{text}'.");
        }

        return signedAt;
    }

    private void CheckSkew(DateTimeOffset signedAt)
    {
        var now = clock.GetUtcNow();
        if (signedAt < now - MaxSkew)
        {
            throw ApiErrors.InvalidSignature(
                $"Signature expired: {Format(signedAt)} is now earlier than {Format(now - MaxSkew)} ({Format(now)} - 5 min.)");
        }

        if (signedAt > now + MaxSkew)
        {
            throw ApiErrors.InvalidSignature(
                $"Signature not yet current: {Format(signedAt)} is still later than {Format(now + MaxSkew)} ({Format(now)} + 5 min.)");
        }
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);
}
