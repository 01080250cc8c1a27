using Advisor.Host.Api.Auditing;
using Advisor.Host.Api.Auth;
using Advisor.Host.Observability;
using Advisor.Remediation.Execution;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Remediation;

/// <summary>
/// The remediation journal over HTTP: <c>GET /actions</c> (policy CanRead), <c>POST /actions/{id}/approve</c> (CanDecide) and
/// <c>POST /actions/{id}/rollback</c> (CanAdmin). Needs <see cref="IAdvisorStore"/> and <see cref="ActionDecisions"/> in DI
/// (<c>AddRemediation</c>); the daemon maps this group under <c>/api</c>. Approve and rollback are audited.
/// </summary>
public static class ActionEndpoints
{
    /// <summary>Why 100 / 1000: a page a person reads, and a ceiling that keeps one request cheap.</summary>
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static RouteGroupBuilder MapActionEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/actions", ListAsync).RequireAuthorization(ApiRoles.CanRead);
        api.MapPost("/actions/{id}/approve", ApproveAsync).RequireAuthorization(ApiRoles.CanDecide).Audited("action.approve");
        api.MapPost("/actions/{id}/rollback", RollbackAsync).RequireAuthorization(ApiRoles.CanAdmin).Audited("action.rollback");
        return api;
    }

    private static async Task<IResult> ListAsync(IAdvisorStore store, string? state, int? limit, CancellationToken ct)
    {
        var states = new List<JournalState>();
        foreach (var name in (state ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<JournalState>(name, ignoreCase: true, out var parsed) || int.TryParse(name, out _))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Bad query parameter 'state'",
                    detail: $"'{name}' is not a journal state (one of: {string.Join(", ", Enum.GetNames<JournalState>())}).");
            }

            states.Add(parsed);
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter 'limit'", detail: $"'limit' must be between 1 and {MaxLimit}.");
        }

        var entries = await store.Journal.ListAsync(states.Count > 0 ? states : null, limit ?? DefaultLimit, ct);
        return Results.Ok(entries);
    }

    private static Task<IResult> ApproveAsync(string id, HttpContext context, ActionDecisions decisions, CancellationToken ct) =>
        DecideAsync(id, context, () => decisions.ApproveAsync(id, Actor(context), ct));

    private static Task<IResult> RollbackAsync(string id, HttpContext context, ActionDecisions decisions, CancellationToken ct) =>
        DecideAsync(id, context, () => decisions.RollbackAsync(id, Actor(context), ct));

    private static async Task<IResult> DecideAsync(string id, HttpContext context, Func<Task<JournalEntry?>> decide)
    {
        try
        {
            if (await decide() is not { } entry)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown action", detail: $"No action with id '{id}'.");
            }

            // Why optional: the endpoints also run in hosts without the daemon's metric catalogue (tests, other hosts).
            if (context.RequestServices.GetService<AdvisorMetrics>() is { } metrics)
            {
                ActionCounter.Count(metrics, [entry]);
            }

            return Results.Ok(entry);
        }
        catch (ActionConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Action not in a state that allows this", detail: ex.Message);
        }
    }

    private static string Actor(HttpContext context) => context.User.Identity?.Name is { Length: > 0 } name ? name : "api";
}
