using System.Text.Json;
using Advisor.Sandbox.Estate;
using Microsoft.AspNetCore.Http;

namespace Advisor.Sandbox.Hosting;

/// <summary>
/// The unsigned <c>/_sandbox/*</c> control surface (loopback callers only): health, stats, faults and ground truth.
/// </summary>
internal sealed class ControlEndpoints(SandboxStats stats, FaultInjector faults, GroundTruth? groundTruth)
{
    public const string Prefix = "/_sandbox";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            await Json(context, StatusCodes.Status403Forbidden, new { message = "The sandbox control endpoints answer loopback callers only." });
            return;
        }

        var path = context.Request.Path.Value!.TrimEnd('/');
        var method = context.Request.Method;
        switch (path[Prefix.Length..])
        {
            case "/health" when HttpMethods.IsGet(method):
                await Json(context, StatusCodes.Status200OK, new { status = "ok" });
                break;
            case "/stats" when HttpMethods.IsGet(method):
                var snapshot = stats.Snapshot();
                await Json(context, StatusCodes.Status200OK, new { calls = snapshot.Calls, metricQueries = snapshot.MetricQueries });
                break;
            case "/stats/reset" when HttpMethods.IsPost(method):
                stats.Reset();
                await Json(context, StatusCodes.Status200OK, new { reset = true });
                break;
            case "/faults" when HttpMethods.IsGet(method):
                await Json(context, StatusCodes.Status200OK, new { faults = faults.Rules.Select(Describe) });
                break;
            case "/faults" when HttpMethods.IsPost(method):
                await AddFaultAsync(context);
                break;
            case "/faults" when HttpMethods.IsDelete(method):
                faults.Clear();
                await Json(context, StatusCodes.Status200OK, new { cleared = true });
                break;
            case "/ground-truth" when HttpMethods.IsGet(method):
                if (groundTruth is null)
                {
                    await Json(context, StatusCodes.Status404NotFound, new { message = "This sandbox was started without ground truth." });
                }
                else
                {
                    await Json(context, StatusCodes.Status200OK, groundTruth);
                }

                break;
            default:
                await Json(context, StatusCodes.Status404NotFound, new { message = $"No sandbox control endpoint {method} {path}." });
                break;
        }
    }

    private async Task AddFaultAsync(HttpContext context)
    {
        FaultRule rule;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            rule = FaultRequest.Parse(document.RootElement);
            faults.Add(rule);
        }
        catch (JsonException ex)
        {
            await Json(context, StatusCodes.Status400BadRequest, new { message = "The fault body is not valid JSON: " + ex.Message });
            return;
        }
        catch (ArgumentException ex)
        {
            await Json(context, StatusCodes.Status400BadRequest, new { message = ex.Message });
            return;
        }

        await Json(context, StatusCodes.Status200OK, Describe(rule));
    }

    private static object Describe(FaultRule rule) => new
    {
        operation = rule.Operation,
        kind = FaultRequest.KindName(rule.Kind),
        count = rule.Count,
        rate = rule.Rate,
        delayMs = rule.DelayMs,
        seed = rule.Seed,
    };

    private static Task Json<T>(HttpContext context, int status, T value)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(value, Web), context.RequestAborted);
    }
}
