using Advisor.Storage.Sql;

namespace Advisor.Storage.Recommendations;

/// <summary>One <c>recommendation_events</c> row as read by Dapper.</summary>
/// <remarks>Why lower_case properties: Dapper maps column names verbatim, and turning on its global MatchNamesWithUnderscores would change mapping for every other Dapper user in the process (Hangfire's storages).</remarks>
internal sealed class RecommendationEventRow
{
    public const string Columns = "sequence, recommendation_id, at, actor, kind, from_status, to_status, monthly_savings, run_id, note";

    public long sequence { get; set; }
    public string recommendation_id { get; set; } = "";
    public object at { get; set; } = "";
    public string actor { get; set; } = "";
    public string kind { get; set; } = "";
    public string? from_status { get; set; }
    public string to_status { get; set; } = "";
    public object? monthly_savings { get; set; }
    public string? run_id { get; set; }
    public string? note { get; set; }

    public RecommendationEvent ToEvent() => new(
        sequence,
        recommendation_id,
        DbValues.ReadTime(at),
        actor,
        DbValues.ReadEnum<RecommendationEventKind>(kind),
        from_status is null ? null : DbValues.ReadEnum<RecommendationStatus>(from_status),
        DbValues.ReadEnum<RecommendationStatus>(to_status),
        DbValues.ReadMoneyOrNull(monthly_savings),
        run_id,
        note);
}
