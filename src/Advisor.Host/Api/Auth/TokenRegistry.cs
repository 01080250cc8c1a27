using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Api.Auth;

/// <summary>The configured tokens as (name, role, SHA-256) triples; finds the caller of a presented token in constant time.</summary>
internal sealed class TokenRegistry
{
    private readonly List<KnownToken> tokens;

    public TokenRegistry(IOptions<ApiOptions> options)
    {
        var value = options.Value;
        var list = value.Tokens
            .Select(t => new KnownToken(
                t.Name.Trim(),
                t.Role,
                string.IsNullOrEmpty(t.TokenSha256) ? TokenHash.Of(t.Token ?? "") : TokenHash.FromHex(t.TokenSha256)))
            .ToList();
        if (!string.IsNullOrEmpty(value.EnvironmentAdminToken))
        {
            list.Add(new KnownToken(ApiOptions.AdminTokenName, ApiRoles.Admin, TokenHash.Of(value.EnvironmentAdminToken)));
        }

        tokens = list;
    }

    public bool IsEmpty => tokens.Count == 0;

    /// <summary>"name (role), ..." for the startup log: never a secret or a hash.</summary>
    public string Describe() => string.Join(", ", tokens.Select(t => t.Name + " (" + t.Role + ")"));

    /// <summary>The token's owner, or null. Every known hash is compared (no early exit) so timing says nothing about which matched.</summary>
    public KnownToken? Find(string presented)
    {
        var digest = TokenHash.Of(presented);
        KnownToken? match = null;
        foreach (var token in tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, token.Sha256) && match is null)
            {
                match = token;
            }
        }

        return match;
    }
}

/// <summary>A configured token: its name (the audit actor), its role and the SHA-256 of its secret.</summary>
internal sealed record KnownToken(string Name, string Role, byte[] Sha256);
