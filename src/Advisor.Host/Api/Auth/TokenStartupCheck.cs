using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Api.Auth;

/// <summary>At start, warns when no token is configured (every API call will be 401) and says how to set one; logs names and roles only.</summary>
internal sealed class TokenStartupCheck(TokenRegistry registry, ILogger<TokenStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (registry.IsEmpty)
        {
            logger.LogWarning(
                "No API token is configured, so every /api call answers 401. Set {Variable} (an admin token, at least {MinLength} characters) or add entries to Api:Tokens (Name, Role, TokenSha256)",
                ApiOptions.AdminTokenVariable,
                ApiOptionsValidator.MinTokenLength);
        }
        else
        {
            logger.LogInformation("API tokens configured: {Tokens}", registry.Describe());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
