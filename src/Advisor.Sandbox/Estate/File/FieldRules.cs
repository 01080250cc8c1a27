using System.Globalization;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Field rules shared by the estate file readers: SageMaker names and ISO-8601 dates.</summary>
internal static class FieldRules
{
    // Why: ISO-8601 only (no culture-dependent forms); a missing offset means UTC.
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    public static string? Name(MapReader map, string key, bool required)
    {
        var name = map.String(key, required);
        if (name is not null && !SageMakerNames.IsValid(name))
        {
            map.Problem(key, "'" + name + "' is not a valid name: " + SageMakerNames.Rule);
            return null;
        }

        return name;
    }

    public static DateTimeOffset? Date(MapReader map, string key)
    {
        if (map.String(key) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        map.Problem(key, "'" + text + "' is not an ISO-8601 date-time (e.g. 2026-11-26T22:00:00Z)");
        return null;
    }
}
