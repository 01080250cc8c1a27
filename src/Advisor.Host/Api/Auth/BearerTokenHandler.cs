using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the configured tokens. The principal carries
/// <see cref="ClaimTypes.Name"/> (the token's name) and <see cref="ClaimTypes.Role"/> (its role). Tokens are never logged.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TokenRegistry registry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";
    private const string FailureItem = "advisor.auth.failure";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length == Prefix.Length)
        {
            return Task.FromResult(Fail("The Authorization header must be 'Bearer <token>'."));
        }

        var known = registry.Find(header[Prefix.Length..].Trim());
        if (known is null)
        {
            Logger.LogInformation("Rejected a bearer token that matches no configured token ({Path})", Request.Path.Value);
            return Task.FromResult(Fail("The bearer token is not recognised."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, known.Name), new Claim(ClaimTypes.Role, known.Role)],
            SchemeName,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = Context.Items[FailureItem] as string
            ?? (registry.IsEmpty
                ? "No API token is configured; set Api:Tokens or ADVISOR_ADMIN_TOKEN."
                : "Send 'Authorization: Bearer <token>'.");
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        var detail = $"The token's role '{role}' may not do this; it needs a higher role (viewer < reviewer < admin).";
        await Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);
    }

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureItem] = message;
        return AuthenticateResult.Fail(message);
    }
}
