using System.Globalization;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Api.Recommendations;

/// <summary>Parses the listing's query parameters into a store query; every error names the parameter and its allowed values.</summary>
internal static class ListingParameters
{
    /// <summary>Why 50 / 200: a page a reviewer reads at once; the cap keeps one call from dumping the whole store.</summary>
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private static readonly Dictionary<string, RecommendationSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["savings"] = RecommendationSort.SavingsDescending,
        ["-savings"] = RecommendationSort.SavingsAscending,
        ["priority"] = RecommendationSort.PriorityThenSavings,
        ["newest"] = RecommendationSort.NewestFirst,
        ["oldest"] = RecommendationSort.OldestFirst,
    };

    public static string? TryParse(
        IReadOnlyList<string>? status,
        string? analyzer,
        string? account,
        string? region,
        string? team,
        string? minSavings,
        string? sort,
        string? page,
        string? pageSize,
        out RecommendationQuery query,
        out int pageNumber,
        out int size)
    {
        query = new RecommendationQuery();
        pageNumber = 1;
        size = DefaultPageSize;

        var statuses = new List<RecommendationStatus>();
        foreach (var token in (status ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<RecommendationStatus>(token, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(token, out _))
            {
                return $"Query parameter 'status' has an unknown value '{token}'; allowed: {string.Join(", ", Enum.GetNames<RecommendationStatus>().Select(n => n.ToLowerInvariant()))} (repeat it or use a comma list).";
            }

            statuses.Add(parsed);
        }

        decimal? min = null;
        if (!string.IsNullOrWhiteSpace(minSavings))
        {
            if (!decimal.TryParse(minSavings.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return $"Query parameter 'minSavings' must be a non-negative number with a '.' decimal point and no thousands separator (got '{minSavings}').";
            }

            min = value;
        }

        var order = RecommendationSort.SavingsDescending;
        if (!string.IsNullOrWhiteSpace(sort) && !Sorts.TryGetValue(sort.Trim(), out order))
        {
            return $"Query parameter 'sort' has an unknown value '{sort}'; allowed: {string.Join(", ", Sorts.Keys)}.";
        }

        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            return $"Query parameter 'page' must be a whole number from 1 (got '{page}').";
        }

        if (!string.IsNullOrWhiteSpace(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            return $"Query parameter 'pageSize' must be a whole number from 1 to {MaxPageSize} (got '{pageSize}').";
        }

        query = new RecommendationQuery
        {
            Statuses = statuses.Distinct().ToList(),
            AnalyzerId = Blank(analyzer),
            Account = Blank(account),
            Region = Blank(region),
            Team = Blank(team),
            MinMonthlySavings = min,
            Sort = order,
            Offset = (int)Math.Min(int.MaxValue, ((long)pageNumber - 1) * size),
            Limit = size,
        };
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
