using Advisor.Host.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Api;

/// <summary>
/// Documents the bearer scheme and puts it on every operation that requires authorisation. Also drops <c>servers</c>:
/// the document is served from the API's own origin, and a host:port in it would differ per deployment.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [];
        document.Info.Title = "ML Cost Advisor API";
        document.Info.Description = "Recommendations, decisions, runs, reports and the audit log. Authenticate with 'Authorization: Bearer <token>'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerTokenHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A token from Api:Tokens or ADVISOR_ADMIN_TOKEN. Roles: viewer (read), reviewer (read, decide), admin (everything).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
        if (policy is null)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, context.Document)] = [],
        });
        operation.Description = "Requires policy " + policy + ". 401 without a valid token, 403 when the token's role is too low.";
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing or unrecognised bearer token." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role may not do this." });
        return Task.CompletedTask;
    }
}
