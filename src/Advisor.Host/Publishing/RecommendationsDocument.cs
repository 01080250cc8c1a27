using System.Text.Json;
using System.Text.Json.Serialization;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;

namespace Advisor.Host.Publishing;

/// <summary>The published shape of <c>recommendations.json</c> (a stable contract for tools: add fields, never rename).</summary>
public sealed record RecommendationsDocument(
    DateTimeOffset GeneratedAt,
    string Currency,
    decimal TotalMonthlySavings,
    string MonthlyBasis,
    IReadOnlyList<ScopeStatusDocument> Scopes,
    IReadOnlyList<RecommendationDocument> Recommendations)
{
    /// <summary>camelCase, enums as strings, indented: meant to be read by people and tools.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RecommendationsDocument From(CycleResult result) => new(
        result.GeneratedAt,
        "USD",
        result.TotalMonthlySavings,
        "monthly = hourly × 730 h",
        [.. result.Snapshots.Select(s => new ScopeStatusDocument(
            s.Scope.Account, s.Scope.Region, s.Window.Start, s.Window.End, s.Inventory.Endpoints.Count, s.Sources))],
        [.. result.Recommendations.Select(RecommendationDocument.From)]);
}

/// <summary>Per-scope window and source health, so a reader sees what could not be read.</summary>
public sealed record ScopeStatusDocument(
    string Account,
    string Region,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int Endpoints,
    IReadOnlyList<SourceStatus> Sources);

/// <summary>One recommendation as published.</summary>
public sealed record RecommendationDocument(
    string Id,
    string Analyzer,
    ResourceRef Resource,
    string Action,
    string Summary,
    decimal MonthlySavings,
    CostBasis CostBasis,
    Confidence Confidence,
    int Risk,
    Effort Effort,
    Priority Priority,
    int Rank,
    decimal Score,
    Evidence Evidence,
    IReadOnlyList<AlternativeDocument> Alternatives)
{
    public static RecommendationDocument From(Recommendation r) => new(
        r.Id,
        r.Finding.AnalyzerId,
        r.Finding.Resource,
        r.Finding.Action,
        r.Finding.Summary,
        r.Finding.Savings?.Amount ?? 0m,
        r.Finding.Savings?.Basis ?? CostBasis.ListOnDemand,
        r.Finding.Confidence,
        r.Finding.Risk,
        r.Finding.Effort,
        r.Priority,
        r.Rank,
        decimal.Round(r.Score, 2),
        r.Finding.Evidence,
        [.. r.Alternatives.Select(a => new AlternativeDocument(a.AnalyzerId, a.Action, a.Summary, a.Savings?.Amount ?? 0m))]);
}

/// <summary>A mutually exclusive alternative to the primary (not counted in totals).</summary>
public sealed record AlternativeDocument(string Analyzer, string Action, string Summary, decimal MonthlySavings);
