using Advisor.Storage;
using Advisor.Storage.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Advisor.Host.Daemon;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers and the last run did not fail (200 with a small JSON
/// body, else 503). Neither needs a token; neither says anything secret.
/// </summary>
internal static class HealthEndpoints
{
    public static void MapAdvisorHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> ReadyAsync(IAdvisorStore store, CancellationToken ct)
    {
        bool storeOk;
        RunRecord? last = null;
        try
        {
            storeOk = await store.PingAsync(ct);
            if (storeOk)
            {
                var runs = await store.Runs.ListAsync(1, ct);
                last = runs.Count > 0 ? runs[0] : null;
            }
        }
#pragma warning disable CA1031 // Why: any store failure means "not ready"; the detail goes nowhere near an unauthenticated caller.
        catch (Exception)
#pragma warning restore CA1031
        {
            storeOk = false;
        }

        var ready = storeOk && last?.State != RunState.Failed;
        var body = new
        {
            status = ready ? "ready" : "not-ready",
            store = storeOk ? "ok" : "unavailable",
            lastRun = last is null ? null : new { id = last.Id, state = last.State.ToString(), startedAt = last.StartedAt, finishedAt = last.FinishedAt },
        };
        return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
