using System.Security.Cryptography;
using System.Text;

namespace Advisor.Host.Api.Auth;

/// <summary>SHA-256 of tokens, so configured secrets can be hashes and every comparison is over fixed-length digests.</summary>
internal static class TokenHash
{
    /// <summary>Why 32: a SHA-256 digest is 32 bytes, 64 hex digits.</summary>
    private const int DigestBytes = 32;

    public static byte[] Of(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool IsHex(string value) => value.Length == DigestBytes * 2 && value.All(Uri.IsHexDigit);

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);
}
