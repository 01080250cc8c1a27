using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Advisor.Host.Api.Auditing;

/// <summary>
/// Audits a 403 on an audited endpoint (authorisation refuses it before any endpoint filter runs), then lets the default
/// handler answer. Why only 403: a 401 caller has no identity, and logging anonymous noise would let anyone fill the log.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.GetEndpoint()?.Metadata.GetMetadata<AuditOperation>() is { } audited)
        {
            await ApiAudit.WriteAsync(context, audited.Operation, StatusCodes.Status403Forbidden, "The token's role may not do this.");
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
