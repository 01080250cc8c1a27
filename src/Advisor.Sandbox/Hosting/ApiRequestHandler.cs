using Advisor.Sandbox.Auth;
using Advisor.Sandbox.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Advisor.Sandbox.Hosting;

/// <summary>
/// The AWS-facing pipeline for one request: classify, count, verify SigV4, apply injected faults, answer.
/// Every failure is answered in the request's protocol with an AWS error code.
/// </summary>
internal sealed class ApiRequestHandler(
    IEnumerable<ISandboxApi> services,
    SigV4Verifier verifier,
    SandboxStats stats,
    FaultInjector faults,
    ILogger<ApiRequestHandler> logger)
{
    private readonly Dictionary<SandboxService, ISandboxApi> _services = services.ToDictionary(s => s.Service);

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        byte[] body;
        try
        {
            body = await ReadBodyAsync(context.Request, context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // Why: the client went away (or sent a broken body) before we could classify the call; nothing to answer.
            return;
        }

        ApiCall call;
        try
        {
            call = CallClassifier.Classify(context.Request, body, requestId);
        }
        catch (UnclassifiedCallException ex)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Unclassified request {Method} {Path}: {Code}", context.Request.Method, context.Request.Path, ex.Error.Code);
            }

            await ResponseWriter.WriteErrorAsync(context, ex.Protocol, null, ex.Error, requestId);
            return;
        }

        stats.RecordCall(call.StatsKey);
        try
        {
            verifier.Verify(context.Request, body, call.SigningName);
            var fault = faults.Next(call.StatsKey);
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }

            if (fault.Error is { } kind)
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug("Injecting {Fault} into {Operation}", kind, call.StatsKey);
                }

                throw kind switch
                {
                    FaultKind.Throttle => ApiErrors.Throttled(call.Service),
                    FaultKind.Error500 => ApiErrors.Internal(call.Service),
                    FaultKind.Deny => ApiErrors.AccessDenied(call),
                    _ => ApiErrors.Unavailable(),
                };
            }

            var response = _services.TryGetValue(call.Service, out var service)
                ? service.Handle(call)
                : throw ApiErrors.UnknownOperation(call.Protocol, call.Operation);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Answered {Operation} ({Protocol}) with {Bytes} bytes", call.StatsKey, call.Protocol, response.Length);
            }

            await ResponseWriter.WriteSuccessAsync(context, call.Protocol, response, requestId);
        }
        catch (SandboxApiException ex)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Rejected {Operation} with {Status} {Code}", call.StatsKey, ex.Status, ex.Code);
            }

            await ResponseWriter.WriteErrorAsync(context, call.Protocol, call.Service, ex, requestId);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
#pragma warning disable CA1031 // Why: any bug must still come back as an AWS-shaped 500, never as a dropped connection.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Sandbox failed on {Operation}", call.StatsKey);
            await ResponseWriter.WriteErrorAsync(context, call.Protocol, call.Service, ApiErrors.Internal(call.Service), requestId);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
