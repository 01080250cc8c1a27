namespace Advisor.Storage.Recommendations;

/// <summary>Filters, sort and page for listing recommendations (all filters optional; AND-ed).</summary>
public sealed record RecommendationQuery
{
    public IReadOnlyList<RecommendationStatus> Statuses { get; init; } = [];
    public string? AnalyzerId { get; init; }
    public string? Account { get; init; }
    public string? Region { get; init; }
    public string? Team { get; init; }
    public decimal? MinMonthlySavings { get; init; }
    public RecommendationSort Sort { get; init; } = RecommendationSort.SavingsDescending;

    /// <summary>Rows to skip (paging).</summary>
    public int Offset { get; init; }

    /// <summary>Page size; the API caps it.</summary>
    public int Limit { get; init; } = 50;
}

/// <summary>Sort orders; ties are broken by id so pages are stable.</summary>
public enum RecommendationSort
{
    SavingsDescending,
    SavingsAscending,
    PriorityThenSavings,
    NewestFirst,
    OldestFirst,
}

/// <summary>One page of a listing and the total that matched.</summary>
public sealed record RecommendationPage(IReadOnlyList<StoredRecommendation> Items, int Total);
