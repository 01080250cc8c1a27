using System.Text.Json;
using Advisor.Core.Domain;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Api.Recommendations;

/// <summary>One recommendation in a listing: figures, lifecycle status and when it was seen.</summary>
public sealed record RecommendationSummary(
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
    RecommendationStatus Status,
    string? Team,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt)
{
    public static RecommendationSummary From(StoredRecommendation r) => new(
        r.Id, r.AnalyzerId, r.Resource, r.Action, r.Summary, r.MonthlySavings, r.CostBasis, r.Confidence, r.Risk, r.Effort,
        r.Priority, r.Status, r.Team, r.SnoozedUntil, r.FirstSeenAt, r.LastSeenAt);
}

/// <summary>A page of recommendations and how many matched in total.</summary>
public sealed record RecommendationList(IReadOnlyList<RecommendationSummary> Items, int Total, int Page, int PageSize);

/// <summary>One recommendation in full: the summary fields, the published document (evidence, alternatives) and its history.</summary>
public sealed record RecommendationDetail(
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
    RecommendationStatus Status,
    string? Team,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ResolvedAt,
    JsonElement Document,
    IReadOnlyList<RecommendationEvent> History)
{
    public static RecommendationDetail From(StoredRecommendation r, IReadOnlyList<RecommendationEvent> history)
    {
        using var document = JsonDocument.Parse(r.DocumentJson);
        return new(
            r.Id, r.AnalyzerId, r.Resource, r.Action, r.Summary, r.MonthlySavings, r.CostBasis, r.Confidence, r.Risk, r.Effort,
            r.Priority, r.Status, r.Team, r.SnoozedUntil, r.FirstSeenAt, r.LastSeenAt, r.ResolvedAt, document.RootElement.Clone(), history);
    }
}

/// <summary>The body of <c>POST /api/recommendations/{id}/decision</c>.</summary>
/// <param name="Decision"><c>accept</c>, <c>dismiss</c> (needs <c>reason</c>), <c>snooze</c> (needs a future <c>until</c>) or <c>reopen</c>.</param>
/// <param name="Reason">Why; required to dismiss.</param>
/// <param name="Until">ISO 8601 instant the snooze ends; required to snooze, in the future.</param>
/// <param name="Note">Free text kept in the history.</param>
public sealed record DecisionRequest(string Decision, string? Reason = null, DateTimeOffset? Until = null, string? Note = null);
