using System.Globalization;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace Advisor.Aws.Signing;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> with AWS Signature Version 4. Builds the canonical request itself
/// (see <see cref="CanonicalRequest"/>) and lets AWSSDK.Core's <see cref="AWS4Signer"/> derive the key and signature.
/// Signs every header on the request except those an HTTP stack may rewrite, plus <c>host</c> and the content type as sent.
/// </summary>
public sealed class SigV4RequestSigner(TimeProvider timeProvider)
{
    /// <summary>The <c>X-Amz-Date</c> format: basic ISO 8601 in UTC.</summary>
    private const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>
    /// Adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (temporary credentials only) and <c>Authorization</c> to the request.
    /// <paramref name="body"/> must be exactly the bytes the request's content sends.
    /// </summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials, string region, string signingName)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(signingName);
        if (request.RequestUri is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException("The request to sign needs an absolute RequestUri.", nameof(request));
        }

        // Why: SigV4 timestamps have whole-second resolution; drop sub-second ticks so header and scope agree.
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var signedAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

        request.Headers.Remove("Authorization");
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove("X-Amz-Security-Token");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", signedAt.ToString(AmzDateFormat, CultureInfo.InvariantCulture));
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.Token);
        }

        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));
        var canonical = CanonicalRequest.Build(request, payloadHash);
        var result = AWS4Signer.ComputeSignature(credentials, region, signedAt, signingName, canonical.SignedHeaders, canonical.Text);
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }
}
