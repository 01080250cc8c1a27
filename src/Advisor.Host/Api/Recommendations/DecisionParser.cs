using System.Globalization;
using System.Text.Json;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Api.Recommendations;

/// <summary>Reads a decision body field by field, so every error names the field that is wrong and what it accepts.</summary>
internal static class DecisionParser
{
    private static readonly string Allowed = string.Join(", ", Enum.GetNames<DecisionKind>().Select(n => n.ToLowerInvariant()));

    /// <summary>The decision, or an error message; <paramref name="now"/> checks that a snooze ends in the future.</summary>
    public static async Task<(Decision? Decision, string? Error)> ReadAsync(Stream body, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, "The request body is not valid JSON (" + ex.Message + "). Send e.g. {\"decision\":\"accept\"}.");
        }

        using (document)
        {
            return Read(document.RootElement, actor, now);
        }
    }

    private static (Decision?, string?) Read(JsonElement root, string actor, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object, e.g. {\"decision\":\"accept\"}.");
        }

        string? reason = null, note = null, untilText = null;
        var error = Field(root, "decision", out var decisionText) ?? Field(root, "reason", out reason)
            ?? Field(root, "note", out note) ?? Field(root, "until", out untilText);
        if (error is not null)
        {
            return (null, error);
        }

        if (decisionText is null)
        {
            return (null, $"Field 'decision' is required; allowed: {Allowed}.");
        }

        if (!Enum.TryParse<DecisionKind>(decisionText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(decisionText, out _))
        {
            return (null, $"Field 'decision' has an unknown value '{decisionText}'; allowed: {Allowed}.");
        }

        DateTimeOffset? until = null;
        if (untilText is not null)
        {
            if (!DateTimeOffset.TryParse(untilText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return (null, $"Field 'until' must be an ISO 8601 instant such as 2026-12-01T00:00:00Z (got '{untilText}').");
            }

            until = parsed;
        }

        return kind switch
        {
            DecisionKind.Dismiss when string.IsNullOrWhiteSpace(reason) => (null, "Field 'reason' is required to dismiss: say why, so the next reviewer knows."),
            DecisionKind.Snooze when until is null => (null, "Field 'until' is required to snooze (an ISO 8601 instant in the future)."),
            DecisionKind.Snooze when until <= now => (null, $"Field 'until' must be in the future to snooze (got {until.Value.ToString("O", CultureInfo.InvariantCulture)})."),
            _ => (new Decision(kind, actor, now, Blank(reason), kind == DecisionKind.Snooze ? until : null, Blank(note)), null),
        };
    }

    /// <summary>Reads an optional string field (names match case-insensitively); returns an error when it is present but not a string.</summary>
    private static string? Field(JsonElement root, string name, out string? value)
    {
        value = null;
        var found = root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (found.Value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (found.Value.ValueKind != JsonValueKind.String)
        {
            return $"Field '{name}' must be a string (got {found.Value.ValueKind.ToString().ToLowerInvariant()}).";
        }

        value = found.Value.GetString();
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
