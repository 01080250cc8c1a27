using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Advisor.Sandbox.Protocol;

/// <summary>
/// Opaque pagination tokens: an offset bound to a fingerprint of the request that produced it, so a token replayed
/// with different parameters is detected.
/// </summary>
internal static class PageToken
{
    public static string Create(string kind, int offset, string fingerprint) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Join('|', kind, offset.ToString(CultureInfo.InvariantCulture), fingerprint)));

    /// <summary>The offset, or null when the token is malformed or was issued for another kind or fingerprint.</summary>
    public static int? TryRead(string token, string kind, string fingerprint)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|');
            return parts.Length == 3 && parts[0] == kind && parts[2] == fingerprint
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A short, stable fingerprint of a canonical request description.</summary>
    public static string Fingerprint(string canonical) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
}
