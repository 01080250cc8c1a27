using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Advisor.Sandbox.Sts;

/// <summary>Temporary credentials the sandbox's STS issued: who they belong to and until when they are valid.</summary>
internal sealed record SessionCredential(
    string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration, string RoleArn, string SessionName)
{
    /// <summary>Never prints the secret or the token.</summary>
    public override string ToString() => $"SessionCredential({AccessKeyId}, {RoleArn}, until {Expiration:O})";
}

/// <summary>
/// The session credentials issued by AssumeRole, by access key id. The SigV4 verifier accepts them (with their session token)
/// until they expire. Thread-safe; lives as long as the server.
/// </summary>
internal sealed class SessionCredentialStore(TimeProvider clock)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private readonly ConcurrentDictionary<string, SessionCredential> _issued = new(StringComparer.Ordinal);

    public TimeProvider Clock => clock;

    /// <summary>Issues a new key pair and token valid for <paramref name="duration"/> from now.</summary>
    public SessionCredential Issue(string roleArn, string sessionName, TimeSpan duration)
    {
        // Why: AWS temporary access keys start with ASIA and are 20 characters; secrets are 40; tokens are long opaque strings.
        var credential = new SessionCredential(
            "ASIA" + RandomNumberGenerator.GetString(Alphabet, 16),
            RandomNumberGenerator.GetString(SecretAlphabet, 40),
            "FwoGZXIvYXdzE" + RandomNumberGenerator.GetString(SecretAlphabet, 200),
            clock.GetUtcNow() + duration,
            roleArn,
            sessionName);
        _issued[credential.AccessKeyId] = credential;
        return credential;
    }

    public SessionCredential? Find(string accessKeyId) => _issued.GetValueOrDefault(accessKeyId);
}
