using System.Globalization;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Ec2;

/// <summary>One EC2 filter (<c>Filter.N.Name</c> with its <c>Filter.N.Value.M</c> values).</summary>
internal sealed record Ec2Filter(string Name, IReadOnlyList<string> Values);

/// <summary>
/// Reads ec2Query form members. EC2 flattens lists as <c>Name.N</c> (no <c>.member.</c>, unlike CloudWatch's query protocol),
/// numbered from 1.
/// </summary>
internal static class Ec2Form
{
    public static string? Get(IReadOnlyDictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var value) ? value.ToString() : null;

    /// <summary>The values of <c>prefix.1</c>, <c>prefix.2</c>, ... in index order.</summary>
    public static IReadOnlyList<string> List(IReadOnlyDictionary<string, StringValues> form, string prefix) => form
        .Where(p => p.Key.StartsWith(prefix + ".", StringComparison.Ordinal)
            && int.TryParse(p.Key.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        .OrderBy(p => int.Parse(p.Key.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture))
        .Select(p => p.Value.ToString())
        .ToList();

    /// <summary>Every <c>Filter.N</c>; a filter without a name is a client error, as in EC2.</summary>
    public static IReadOnlyList<Ec2Filter> Filters(IReadOnlyDictionary<string, StringValues> form)
    {
        var indexes = form.Keys
            .Where(k => k.StartsWith("Filter.", StringComparison.Ordinal))
            .Select(k => k.Split('.')[1])
            .Select(i => int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0)
            .Distinct()
            .Order();
        var filters = new List<Ec2Filter>();
        foreach (var n in indexes)
        {
            var at = "Filter." + n.ToString(CultureInfo.InvariantCulture);
            var name = Get(form, at + ".Name");
            if (string.IsNullOrEmpty(name))
            {
                throw new WireInputException($"The filter '{at}' has no Name.");
            }

            filters.Add(new Ec2Filter(name, List(form, at + ".Value")));
        }

        return filters;
    }

    /// <summary>MaxResults within [min, max], or null when absent.</summary>
    public static int? MaxResults(IReadOnlyDictionary<string, StringValues> form, int min, int max)
    {
        var text = Get(form, "MaxResults");
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new WireInputException(string.Create(
                CultureInfo.InvariantCulture, $"Value ( {text} ) for parameter maxResults is invalid. Expecting a value between {min} and {max}."));
        }

        return n;
    }

    public static DateTimeOffset? Time(IReadOnlyDictionary<string, StringValues> form, string key) =>
        Get(form, key) is { } text ? EpochTime.ParseIso(text, key) : null;

    /// <summary>EC2's timestamp format: ISO-8601 with milliseconds, UTC.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Whether a filter's values (with EC2's <c>*</c> and <c>?</c> wildcards) match a value.</summary>
    public static bool Matches(Ec2Filter filter, string? value) =>
        value is not null && filter.Values.Any(pattern => Wildcard(pattern, value));

    private static bool Wildcard(string pattern, string value)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal))
        {
            return string.Equals(pattern, value, StringComparison.Ordinal);
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal)
            .Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(value, regex, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
