using System.ComponentModel;
using Advisor.Host.Api.Auth;
using Advisor.Storage;
using Advisor.Storage.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Advisor.Host.Api.Auditing;

/// <summary><c>GET /api/audit</c>: the audit log, newest first (admin only).</summary>
internal static class AuditEndpoints
{
    /// <summary>Why 100 / 1000: a screenful by default; the cap bounds one answer.</summary>
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequireAuthorization(ApiRoles.CanAdmin)
            .WithSummary("Mutating calls, newest first: who, when, what, target, outcome.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ListAsync(
        IAdvisorStore store, [Description("How many entries, 1-1000 (default 100)")] string? limit, CancellationToken cancellationToken)
    {
        var error = LimitParameter.TryParse(limit, DefaultLimit, MaxLimit, out var count);
        return error is not null
            ? ApiProblems.BadRequest(error)
            : TypedResults.Ok(await store.Audit.ListAsync(count, cancellationToken));
    }
}
