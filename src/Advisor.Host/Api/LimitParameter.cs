using System.Globalization;

namespace Advisor.Host.Api;

/// <summary>The <c>limit</c> query parameter of the list endpoints.</summary>
internal static class LimitParameter
{
    /// <summary>Parses it (absent = <paramref name="fallback"/>); the error names the parameter and its range.</summary>
    public static string? TryParse(string? text, int fallback, int max, out int limit)
    {
        limit = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= max
            ? null
            : $"Query parameter 'limit' must be a whole number from 1 to {max} (got '{text}').";
    }
}
