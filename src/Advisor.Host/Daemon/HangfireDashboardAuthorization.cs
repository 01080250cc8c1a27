using System.Security.Claims;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;

namespace Advisor.Host.Daemon;

/// <summary>
/// The Hangfire dashboard is never open: the request must carry a token the API's default authentication scheme accepts, with the
/// <c>admin</c> role. Why the same check: one set of tokens, one audit story; the dashboard can re-run and delete jobs.
/// </summary>
public sealed class HangfireDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public const string AdminRole = "admin";

    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        try
        {
            var result = await http.AuthenticateAsync();
            return result.Succeeded && result.Principal.HasClaim(ClaimTypes.Role, AdminRole);
        }
        catch (InvalidOperationException)
        {
            // Why: no authentication scheme registered (the API is not composed in) means nobody is allowed in.
            return false;
        }
    }
}
