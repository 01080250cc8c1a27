using System.Globalization;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Field rules shared by the resource sections (models, training jobs, notebooks, Studio apps, EC2): choices, flags, tags, times.</summary>
internal static class ResourceFields
{
    /// <summary>Why: ten years is older than SageMaker itself; anything beyond is a typo.</summary>
    public const double MaxDaysAgo = 3650;

    /// <summary>One of <paramref name="allowed"/> (exact case), or <paramref name="fallback"/> when absent; null (with a problem) when not allowed.</summary>
    public static string? Choice(MapReader map, string key, string? fallback, string what, params string[] allowed)
    {
        var value = map.String(key) ?? fallback;
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        map.Problem(key, "'" + value + "' is not " + what + " (one of " + string.Join(", ", allowed) + ")");
        return null;
    }

    /// <summary>A YAML/JSON boolean (<c>true</c>/<c>false</c>, any case), or <paramref name="fallback"/> when absent.</summary>
    public static bool Bool(MapReader map, string key, bool fallback)
    {
        var text = map.String(key);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        map.Problem(key, "expected true or false, got '" + text + "'");
        return fallback;
    }

    /// <summary>The <c>tags</c> mapping, checked against AWS tag limits.</summary>
    public static Dictionary<string, string> Tags(MapReader map)
    {
        var tags = map.StringMap("tags");
        foreach (var (key, value) in tags)
        {
            // Why: AWS tag limits: key 1-128 characters, value 0-256.
            if (key.Length is 0 or > 128 || value.Length > 256)
            {
                map.Problem("tags." + key, "tag keys are 1-128 characters and values at most 256");
            }
        }

        return tags;
    }

    /// <summary>
    /// A moment given either relative (<paramref name="daysKey"/>, days before now, fractions allowed) or absolute
    /// (<paramref name="timeKey"/>, ISO-8601, not after now). Neither: <paramref name="fallback"/>, or a "required" problem
    /// when that is null. Both, or a bad value: null with a problem. Relative times land on the minute.
    /// </summary>
    public static DateTimeOffset? When(MapReader map, string daysKey, string timeKey, DateTimeOffset now, DateTimeOffset? fallback)
    {
        var hasDays = map.Has(daysKey);
        var hasTime = map.Has(timeKey);
        if (hasDays && hasTime)
        {
            map.Problem(timeKey, "set either " + daysKey + " or " + timeKey + ", not both");
            return null;
        }

        if (!hasDays && !hasTime)
        {
            if (fallback is not null)
            {
                return fallback;
            }

            map.Problem(daysKey, "required field is missing (or give " + timeKey + ")");
            return null;
        }

        if (hasDays)
        {
            return map.Number(daysKey, 0, MaxDaysAgo) is { } days ? DaysAgo(now, days) : null;
        }

        var time = FieldRules.Date(map, timeKey);
        if (time > now)
        {
            map.Problem(timeKey, "is after the estate's now (" + Iso(now) + ")");
            return null;
        }

        return time;
    }

    /// <summary>Records <paramref name="name"/> as seen at the map's path; a problem (naming the first place) when it was seen before.</summary>
    public static void Unique(MapReader map, string key, string? name, string what, Dictionary<string, string> seen)
    {
        if (name is not null && !seen.TryAdd(name, map.Path))
        {
            map.Problem(key, "duplicate " + what + " '" + name + "' (also at " + seen[name] + ")");
        }
    }

    /// <summary>A SageMaker instance type of the price table (priced or not), or null with a problem.</summary>
    public static string? SageMakerType(MapReader map, string key, bool required)
    {
        var type = map.String(key, required);
        if (type is not null && !PriceTable.SageMakerTypes.Contains(type))
        {
            map.Problem(key, "'" + type + "' is not a SageMaker instance type in the price table (e.g. ml.m5.xlarge)");
            return null;
        }

        return type;
    }

    public static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary><paramref name="days"/> (fractions allowed) before <paramref name="now"/>, on the minute.</summary>
    public static DateTimeOffset DaysAgo(DateTimeOffset now, double days) => now.AddMinutes(-Math.Round(days * 1440));
}
