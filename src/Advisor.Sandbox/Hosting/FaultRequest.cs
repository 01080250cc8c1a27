using System.Globalization;
using System.Text.Json;

namespace Advisor.Sandbox.Hosting;

/// <summary>Reads the <c>POST /_sandbox/faults</c> body into a <see cref="FaultRule"/>; bad members give an <see cref="ArgumentException"/>.</summary>
internal static class FaultRequest
{
    public static FaultRule Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The fault body must be a JSON object such as {\"operation\":\"*\",\"kind\":\"throttle\",\"count\":2}.");
        }

        var kindText = Text(body, "kind") ?? throw new ArgumentException("Fault 'kind' is required: throttle, error500, error503, delay or deny.");
        var kind = kindText.ToLowerInvariant() switch
        {
            "throttle" => FaultKind.Throttle,
            "error500" => FaultKind.Error500,
            "error503" => FaultKind.Error503,
            "delay" => FaultKind.Delay,
            "deny" => FaultKind.Deny,
            _ => throw new ArgumentException($"Fault kind '{kindText}' is unknown; use throttle, error500, error503, delay or deny."),
        };
        return new FaultRule
        {
            Operation = Text(body, "operation") ?? string.Empty,
            Kind = kind,
            Count = Number(body, "count") is { } c ? checked((int)c) : null,
            Rate = Number(body, "rate"),
            DelayMs = Number(body, "delayMs") is { } d ? checked((int)d) : 0,
            Seed = Number(body, "seed") is { } s ? checked((int)s) : 0,
        };
    }

    public static string KindName(FaultKind kind) => kind.ToString().ToLowerInvariant();

    private static string? Text(JsonElement body, string name) => body.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw new ArgumentException($"Fault '{name}' must be a string.")
        : null;

    private static double? Number(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Fault '{name}' must be a number."));
    }
}
