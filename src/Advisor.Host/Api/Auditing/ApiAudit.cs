using System.Security.Claims;
using Advisor.Storage;
using Advisor.Storage.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Api.Auditing;

/// <summary>
/// Appends mutating calls to the audit log. Add <see cref="Audited{TBuilder}"/> to an endpoint (one line): the call is recorded
/// with actor, role, operation, target and outcome, including refusals (400/403/404/409). Handlers may name the target or add a
/// detail with <see cref="Describe"/>.
/// </summary>
public static class ApiAudit
{
    private const string TargetItem = "advisor.audit.target";
    private const string DetailItem = "advisor.audit.detail";

    /// <summary>Marks the endpoint as audited under <paramref name="operation"/>.</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string operation)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AuditOperation(operation));
        builder.AddEndpointFilter(async (context, next) =>
        {
            object? result;
            try
            {
                result = await next(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Why: a call that blew up is still a call someone made; record it, then let the host's error handling answer.
                await WriteAsync(context.HttpContext, operation, StatusCodes.Status500InternalServerError, ex.GetType().Name);
                throw;
            }

            var inner = result;
            while (inner is INestedHttpResult nested)
            {
                // Why: typed unions (Results<Ok<T>, ProblemHttpResult>) wrap the result that carries the status code.
                inner = nested.Result;
            }

            var status = inner is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            var detail = inner is IValueHttpResult { Value: Microsoft.AspNetCore.Mvc.ProblemDetails problem } ? problem.Detail : null;
            await WriteAsync(context.HttpContext, operation, status, detail);
            return result;
        });
        return builder;
    }

    /// <summary>Sets the audit target (e.g. a new run's id) and an optional detail for the current call.</summary>
    public static void Describe(HttpContext context, string? target, string? detail = null)
    {
        if (target is not null)
        {
            context.Items[TargetItem] = target;
        }

        if (detail is not null)
        {
            context.Items[DetailItem] = detail;
        }
    }

    /// <summary>Appends one entry; an audit failure is logged, never turned into a failure of a call that already took effect.</summary>
    internal static async Task WriteAsync(HttpContext context, string operation, int status, string? problemDetail)
    {
        var services = context.RequestServices;
        var user = context.User;
        var target = context.Items[TargetItem] as string
            ?? context.GetRouteValue("id") as string
            ?? context.Request.Path.Value
            ?? "";
        var detail = problemDetail ?? context.Items[DetailItem] as string;
        var entry = new AuditEntry(
            0,
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            user.FindFirstValue(ClaimTypes.Name) ?? "anonymous",
            user.FindFirstValue(ClaimTypes.Role) ?? "none",
            operation,
            target,
            status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + ReasonPhrases.GetReasonPhrase(status),
            detail);
        try
        {
            await services.GetRequiredService<IAdvisorStore>().Audit.AppendAsync(entry, context.RequestAborted);
        }
#pragma warning disable CA1031 // Why: the mutation already happened; a failed audit write is logged loudly, not reported as the call failing.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiAudit))
                .LogError(ex, "Could not append {Operation} on {Target} by {Actor} to the audit log", operation, target, entry.Actor);
        }
    }
}
