using System.Text.Json;

namespace Advisor.Sandbox.Protocol;

/// <summary>Typed reads of JSON request members; a wrong type throws <see cref="WireInputException"/> naming the member.</summary>
internal static class JsonInput
{
    /// <summary>Parses a JSON request body; an empty body counts as <c>{}</c>.</summary>
    public static JsonDocument Parse(byte[] body)
    {
        try
        {
            var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw ApiErrors.Serialization("The request body must be a JSON object.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw ApiErrors.Serialization("The request body is not valid JSON: " + ex.Message);
        }
    }

    public static JsonElement? Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(JsonElement obj, string name) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw new WireInputException($"Member '{name}' must be a string."),
    };

    public static int? Int(JsonElement obj, string name) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var n) => n,
        _ => throw new WireInputException($"Member '{name}' must be an integer."),
    };

    public static bool? Bool(JsonElement obj, string name) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new WireInputException($"Member '{name}' must be a boolean."),
    };

    public static IReadOnlyList<JsonElement>? Array(JsonElement obj, string name) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Array } value => value.EnumerateArray().ToList(),
        _ => throw new WireInputException($"Member '{name}' must be a list."),
    };

    /// <summary>A timestamp: epoch seconds (fraction allowed), as the JSON protocols send it; ISO-8601 strings are accepted too.</summary>
    public static DateTimeOffset? Timestamp(JsonElement obj, string name) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => EpochTime.FromSeconds(value.GetDouble()),
        { ValueKind: JsonValueKind.String } value => EpochTime.ParseIso(value.GetString()!, name),
        _ => throw new WireInputException($"Member '{name}' must be a timestamp (epoch seconds)."),
    };
}
