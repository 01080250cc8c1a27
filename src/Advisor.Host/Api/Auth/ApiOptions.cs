namespace Advisor.Host.Api.Auth;

/// <summary>
/// The API's settings (section <c>Api</c>): the bearer tokens that may call it. With none configured (and no
/// <c>ADVISOR_ADMIN_TOKEN</c>) the API still starts, but every call answers 401.
/// </summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The environment variable holding an extra admin token (named <c>admin-env</c>).</summary>
    public const string AdminTokenVariable = "ADVISOR_ADMIN_TOKEN";

    /// <summary>The name given to the token read from <see cref="AdminTokenVariable"/>.</summary>
    public const string AdminTokenName = "admin-env";

    /// <summary>Named tokens, each with a role; the secret as plain <c>Token</c> or as its <c>TokenSha256</c> hex hash.</summary>
    public IList<ApiTokenOptions> Tokens { get; init; } = [];

    /// <summary>The admin token from <see cref="AdminTokenVariable"/>; not bound from the section (never sits in a config file).</summary>
    internal string? EnvironmentAdminToken { get; set; }
}

/// <summary>One API token: who it is (<see cref="Name"/>, the audit actor), what it may do (<see cref="Role"/>), and its secret.</summary>
public sealed class ApiTokenOptions
{
    public string Name { get; set; } = "";

    /// <summary><c>viewer</c>, <c>reviewer</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>The token in plain text (at least 16 characters). Prefer <see cref="TokenSha256"/>.</summary>
    public string? Token { get; set; }

    /// <summary>SHA-256 of the token's UTF-8 bytes, 64 hex digits (e.g. <c>printf %s "$TOKEN" | sha256sum</c>).</summary>
    public string? TokenSha256 { get; set; }
}
