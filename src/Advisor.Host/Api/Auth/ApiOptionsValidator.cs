using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Api.Auth;

/// <summary>Checks every token at start: a known role, a unique name, exactly one secret, long enough or a well-formed hash.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    /// <summary>Why 16: shorter secrets are guessable; a generated token (e.g. <c>openssl rand -hex 24</c>) is far longer.</summary>
    public const int MinTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Tokens.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{ApiOptions.SectionName}:Tokens:{i}");
            ValidateToken(options.Tokens[i], key, names, failures);
        }

        if (options.EnvironmentAdminToken is { } env && env.Trim().Length < MinTokenLength)
        {
            failures.Add($"{ApiOptions.AdminTokenVariable} must be at least {MinTokenLength} characters long.");
        }

        if (options.EnvironmentAdminToken is not null && names.Contains(ApiOptions.AdminTokenName))
        {
            failures.Add($"Api:Tokens uses the name '{ApiOptions.AdminTokenName}', which is reserved for {ApiOptions.AdminTokenVariable}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateToken(ApiTokenOptions token, string key, HashSet<string> names, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(token.Name))
        {
            failures.Add($"{key}:Name is required.");
        }
        else if (!names.Add(token.Name.Trim()))
        {
            failures.Add($"{key}:Name '{token.Name}' is used by another token; names must be unique (they are the audit actor).");
        }

        if (!ApiRoles.All.Contains(token.Role))
        {
            failures.Add($"{key}:Role '{token.Role}' is not a role; use one of: {string.Join(", ", ApiRoles.All)}.");
        }

        var hasToken = !string.IsNullOrEmpty(token.Token);
        var hasHash = !string.IsNullOrEmpty(token.TokenSha256);
        if (hasToken == hasHash)
        {
            failures.Add($"{key}: set exactly one of Token or TokenSha256.");
        }
        else if (hasToken && token.Token!.Trim().Length < MinTokenLength)
        {
            // Why: the message names the key and the rule, never the token's value.
            failures.Add($"{key}:Token must be at least {MinTokenLength} characters long.");
        }
        else if (hasHash && !TokenHash.IsHex(token.TokenSha256!))
        {
            failures.Add($"{key}:TokenSha256 must be 64 hexadecimal digits (the SHA-256 of the token).");
        }
    }
}
