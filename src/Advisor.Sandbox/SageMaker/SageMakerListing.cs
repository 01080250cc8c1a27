using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// The list-operation mechanics the SageMaker resource lists share: MaxResults bounds, enum validation, sorting by
/// name/creation time/status, and NextTokens bound to the request's parameters.
/// </summary>
internal static class SageMakerListing
{
    private static readonly string[] SortOrders = ["Ascending", "Descending"];

    /// <summary>MaxResults, validated against the model's range, with AWS's validation message.</summary>
    public static int MaxResults(JsonElement input, int min = 1, int max = 100, int fallback = 10)
    {
        var value = JsonInput.Int(input, "MaxResults") ?? fallback;
        if (value < min || value > max)
        {
            var bound = value < min
                ? "greater than or equal to " + min.ToString(CultureInfo.InvariantCulture)
                : "less than or equal to " + max.ToString(CultureInfo.InvariantCulture);
            throw ApiErrors.Validation(
                $"1 validation error detected: Value '{value.ToString(CultureInfo.InvariantCulture)}' at 'maxResults' failed to satisfy constraint: "
                + $"Member must have value {bound}");
        }

        return value;
    }

    /// <summary>An enum member, or null when absent; a value outside <paramref name="allowed"/> is a ValidationException.</summary>
    public static string? Enum(JsonElement input, string member, IReadOnlyCollection<string> allowed)
    {
        var value = JsonInput.String(input, member);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        throw ApiErrors.Validation(
            $"1 validation error detected: Value '{value}' at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: "
            + $"Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
    }

    /// <summary>Sorts by SortBy (Name, CreationTime, Status among <paramref name="sortKeys"/>) and SortOrder; ties by name for stable pages.</summary>
    public static List<T> Sort<T>(
        IEnumerable<T> items, JsonElement input, string[] sortKeys, string defaultOrder,
        Func<T, string> name, Func<T, DateTimeOffset> created, Func<T, string>? status = null)
    {
        var sortBy = Enum(input, "SortBy", sortKeys) ?? "CreationTime";
        var ascending = (Enum(input, "SortOrder", SortOrders) ?? defaultOrder) == "Ascending";
        var ordered = (sortBy, ascending) switch
        {
            ("Name", true) => items.OrderBy(name, StringComparer.Ordinal),
            ("Name", false) => items.OrderByDescending(name, StringComparer.Ordinal),
            ("Status", true) when status is not null => items.OrderBy(status, StringComparer.Ordinal),
            ("Status", false) when status is not null => items.OrderByDescending(status, StringComparer.Ordinal),
            (_, true) => items.OrderBy(created),
            _ => items.OrderByDescending(created),
        };
        return ordered.ThenBy(name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One page of <paramref name="sorted"/> from the request's NextToken. The token is bound to the operation and the whole
    /// request except NextToken and MaxResults, so a token replayed with other filters is rejected.
    /// </summary>
    public static (List<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> sorted, JsonElement input, string operation, int maxResults)
    {
        var canonical = string.Join('|', input.EnumerateObject()
            .Where(p => p.Name is not ("NextToken" or "MaxResults"))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value.GetRawText()));
        var fingerprint = PageToken.Fingerprint(canonical);
        var token = JsonInput.String(input, "NextToken");
        var offset = token is null ? 0 : PageToken.TryRead(token, operation, fingerprint)
            ?? throw ApiErrors.Validation("The NextToken is invalid or was issued for a request with different parameters.");
        var page = sorted.Skip(offset).Take(maxResults).ToList();
        var next = offset + maxResults < sorted.Count ? PageToken.Create(operation, offset + maxResults, fingerprint) : null;
        return (page, next);
    }

    /// <summary>Writes <c>{"&lt;listMember&gt;": [...], "NextToken": ...}</c>.</summary>
    public static byte[] Write<T>(string listMember, IEnumerable<T> items, string? nextToken, Action<Utf8JsonWriter, T> writeItem) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(listMember);
            foreach (var item in items)
            {
                w.WriteStartObject();
                writeItem(w, item);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (nextToken is not null)
            {
                w.WriteString("NextToken", nextToken);
            }

            w.WriteEndObject();
        });

    /// <summary>Writes a string member only when it has a value.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Finds a resource by name, ignoring case (SageMaker names are case-insensitive; ARNs are lower-cased).</summary>
    public static T? Find<T>(IEnumerable<T> items, Func<T, string> name, string wanted)
        where T : class =>
        items.FirstOrDefault(i => string.Equals(name(i), wanted, StringComparison.OrdinalIgnoreCase));
}
