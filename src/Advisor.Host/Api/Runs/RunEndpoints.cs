using System.ComponentModel;
using System.Security.Claims;
using Advisor.Host.Api.Auditing;
using Advisor.Host.Api.Auth;
using Advisor.Host.Daemon;
using Advisor.Storage;
using Advisor.Storage.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Advisor.Host.Api.Runs;

/// <summary><c>/api/runs</c>: scan cycles, newest first, one by id, and starting one now (admin).</summary>
internal static class RunEndpoints
{
    /// <summary>Why 20 / 500: a default page of recent runs (a few days at the usual schedule); the cap bounds one answer.</summary>
    private const int DefaultLimit = 20;
    private const int MaxLimit = 500;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/runs").WithTags("Runs");
        group.MapGet("/", ListAsync).RequireAuthorization(ApiRoles.CanRead)
            .WithSummary("Scan cycles, newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(ApiRoles.CanRead)
            .WithSummary("One scan cycle: state, scopes, counts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", StartAsync).RequireAuthorization(ApiRoles.CanAdmin)
            .Audited("run.start")
            .WithSummary("Starts a scan cycle now; answers 202 with the run id and its Location.");
    }

    private static async Task<Results<Ok<IReadOnlyList<RunRecord>>, ProblemHttpResult>> ListAsync(
        IAdvisorStore store, [Description("How many runs, 1-500 (default 20)")] string? limit, CancellationToken cancellationToken)
    {
        var error = LimitParameter.TryParse(limit, DefaultLimit, MaxLimit, out var count);
        return error is not null
            ? ApiProblems.BadRequest(error)
            : TypedResults.Ok(await store.Runs.ListAsync(count, cancellationToken));
    }

    private static async Task<Results<Ok<RunRecord>, ProblemHttpResult>> GetAsync(string id, IAdvisorStore store, CancellationToken cancellationToken)
    {
        var run = await store.Runs.GetAsync(id, cancellationToken);
        return run is null
            ? ApiProblems.NotFound($"No run has id '{id}'. List them with GET /api/runs.")
            : TypedResults.Ok(run);
    }

    private static async Task<Accepted<RunStarted>> StartAsync(HttpContext context, ICycleTrigger trigger, CancellationToken cancellationToken)
    {
        var requestedBy = context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var runId = await trigger.StartAsync("api", requestedBy, cancellationToken);
        ApiAudit.Describe(context, runId);
        return TypedResults.Accepted("/api/runs/" + Uri.EscapeDataString(runId), new RunStarted(runId));
    }
}

/// <summary>The answer to <c>POST /api/runs</c>: the enqueued run's id (poll <c>GET /api/runs/{runId}</c>).</summary>
public sealed record RunStarted(string RunId);
