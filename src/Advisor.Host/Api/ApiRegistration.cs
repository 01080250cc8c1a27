using System.Text.Json.Serialization;
using Advisor.Host.Api.Auditing;
using Advisor.Host.Api.Auth;
using Advisor.Host.Api.Recommendations;
using Advisor.Host.Api.Reports;
using Advisor.Host.Api.Runs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .Configure(o => o.EnvironmentAdminToken = configuration[ApiOptions.AdminTokenVariable]
                ?? Environment.GetEnvironmentVariable(ApiOptions.AdminTokenVariable))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        services.TryAddSingleton<TokenRegistry>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<TokenStartupCheck>();

        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiRoles.CanRead, p => p.RequireRole(ApiRoles.Viewer, ApiRoles.Reviewer, ApiRoles.Admin))
            .AddPolicy(ApiRoles.CanDecide, p => p.RequireRole(ApiRoles.Reviewer, ApiRoles.Admin))
            .AddPolicy(ApiRoles.CanAdmin, p => p.RequireRole(ApiRoles.Admin));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

        services.AddProblemDetails();
        // Why: the whole app answers camelCase JSON with enums as names, the same spelling as recommendations.json.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<NumericParameterTransformer>();
        });
        return services;
    }

    /// <summary>Maps <c>/api/*</c> and <c>/openapi/v1.json</c>; every <c>/api</c> route requires a valid token.</summary>
    public static WebApplication MapAdvisorApi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        // Why: the group's CanRead is the floor; endpoints that decide or administer add a stricter policy on top.
        var api = app.MapGroup("/api").RequireAuthorization(ApiRoles.CanRead);
        RecommendationEndpoints.Map(api);
        RunEndpoints.Map(api);
        ReportEndpoints.Map(api);
        AuditEndpoints.Map(api);
        return app;
    }
}
