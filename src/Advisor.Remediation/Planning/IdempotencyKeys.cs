using System.Security.Cryptography;
using System.Text;

namespace Advisor.Remediation.Planning;

/// <summary>
/// Journal idempotency keys: <c>recommendation id | kind | hash of the resource state</c> (+ <c>|dry-run</c>). The same
/// recommendation on an unchanged resource maps to the same entry, so planning twice never acts twice; a changed resource is a new action.
/// </summary>
public static class IdempotencyKeys
{
    private const string DryRunSuffix = "|dry-run";

    public static string For(string recommendationId, string kind, string fingerprint, bool dryRun) =>
        recommendationId + "|" + kind + "|" + Hash(fingerprint) + (dryRun ? DryRunSuffix : "");

    /// <summary>Whether the resource state behind <paramref name="key"/> is still <paramref name="fingerprint"/>.</summary>
    public static bool SameState(string key, string fingerprint) =>
        key.EndsWith("|" + Hash(fingerprint), StringComparison.Ordinal) || key.EndsWith("|" + Hash(fingerprint) + DryRunSuffix, StringComparison.Ordinal);

    /// <summary>Why 16 hex characters: 64 bits tell states of one resource apart; the key stays short enough to read.</summary>
    private static string Hash(string fingerprint) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];
}
